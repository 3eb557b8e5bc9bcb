package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person, member of exactly one household (family card) in the district. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByNik", query = "SELECT p FROM Person p WHERE p.nik = :nik")
@NamedQuery(
    name = "Person.findExistingNiks",
    query = "SELECT p.nik FROM Person p WHERE p.nik IN :niks")
@NamedQuery(
    name = "Person.findByHouseholds",
    query = "SELECT p FROM Person p WHERE p.household.id IN :ids ORDER BY p.household.id, p.id")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id", nullable = false)
  private Household household;

  @Column(name = "nik", nullable = false, length = 16, unique = true)
  private String nik;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 1)
  private Sex sex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship", nullable = false, length = 20)
  private Relationship relationship;

  @Version private long version;

  protected Person() {}

  Person(
      Household household,
      Nik nik,
      String name,
      Sex sex,
      LocalDate birthDate,
      Relationship relationship) {
    this.household = household;
    this.nik = nik.value();
    this.name = name;
    this.sex = sex;
    this.birthDate = birthDate;
    this.relationship = relationship;
  }

  public Long id() {
    return id;
  }

  public Household household() {
    return household;
  }

  public String nik() {
    return nik;
  }

  public String name() {
    return name;
  }

  public Sex sex() {
    return sex;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Relationship relationship() {
    return relationship;
  }
}
