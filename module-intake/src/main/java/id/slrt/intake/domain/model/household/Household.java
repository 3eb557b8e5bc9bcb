package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A household as the family card (Kartu Keluarga) defines it: one No. KK, one address, its members.
 * The aggregate root of intake: members are added only through it, and a NIK belongs to one
 * household at a time in a district.
 */
@Entity
@Table(name = "household")
@NamedQuery(name = "Household.findByKk", query = "SELECT h FROM Household h WHERE h.kk = :kk")
public class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kk", nullable = false, length = 16, unique = true)
  private String kk;

  @Embedded private Address address;

  @Column(name = "female_headed", nullable = false)
  private boolean femaleHeaded;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Person> members = new ArrayList<>();

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 100)
  private String registeredBy;

  @Version private long version;

  protected Household() {}

  public Household(
      NomorKk kk,
      Address address,
      boolean femaleHeaded,
      Instant registeredAt,
      String registeredBy) {
    this.kk = kk.value();
    this.address = address;
    this.femaleHeaded = femaleHeaded;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
  }

  public Person addMember(
      Nik nik, String name, Sex sex, LocalDate birthDate, Relationship relationship) {
    Person person = new Person(this, nik, name, sex, birthDate, relationship);
    members.add(person);
    return person;
  }

  public Optional<Person> head() {
    return members.stream()
        .filter(p -> p.relationship() == Relationship.KEPALA_KELUARGA)
        .findFirst();
  }

  public Long id() {
    return id;
  }

  public String kk() {
    return kk;
  }

  public Address address() {
    return address;
  }

  public boolean femaleHeaded() {
    return femaleHeaded;
  }

  public List<Person> members() {
    return Collections.unmodifiableList(members);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public long version() {
    return version;
  }
}
