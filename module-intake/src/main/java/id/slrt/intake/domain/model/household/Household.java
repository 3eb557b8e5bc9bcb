package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.NomorKk;
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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
  private static final Comparator<Person> CARD_ORDER =
      Comparator.comparing(Person::relationship)
          .thenComparing(Person::birthDate)
          .thenComparing(Person::id, Comparator.nullsLast(Comparator.naturalOrder()));

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kk", nullable = false, length = 16, unique = true)
  private String kk;

  @Embedded private Address address;

  @Column(name = "female_headed", nullable = false)
  private boolean femaleHeaded;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Person> members = new ArrayList<>();

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 100)
  private String registeredBy;

  @Column(name = "changed_at")
  private Instant changedAt;

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
    this.changedAt = registeredAt;
  }

  /**
   * Marks the household changed now. Every change to the family card, a member's included, goes
   * through here, so the household's version (its ETag) moves with it.
   */
  public void changedAt(Instant at) {
    this.changedAt = at;
  }

  public Person addMember(MemberFacts facts) {
    Person person = new Person(this, facts);
    members.add(person);
    return person;
  }

  /** Corrects the household's own facts: its address and whether a woman heads it. */
  public void correct(Address newAddress, boolean newFemaleHeaded) {
    this.address = newAddress;
    this.femaleHeaded = newFemaleHeaded;
  }

  /** Corrects what is recorded about one member. */
  public void correctMember(Person member, MemberFacts facts) {
    requireMember(member);
    member.apply(facts);
  }

  /** Records that a member died or moved away; the person stays in the household's history. */
  public void memberLeft(Person member, PersonStatus status, LocalDate on) {
    requireMember(member);
    if (status == PersonStatus.AKTIF) {
      throw new IllegalArgumentException("leaving needs MENINGGAL or PINDAH");
    }
    member.leave(status, on);
  }

  /**
   * Moves a member to another family card, as its {@code relationship} there; the move is returned
   * to be kept. The person stays the same person (same id, same needs).
   */
  public PersonMove moveMember(
      Person member,
      Household to,
      Relationship relationship,
      String reason,
      Instant at,
      String by) {
    requireMember(member);
    if (to == this) {
      throw new IllegalArgumentException("a move needs another household");
    }
    Relationship before = member.relationship();
    members.remove(member);
    to.members.add(member);
    member.joinHousehold(to, relationship);
    changedAt(at);
    to.changedAt(at);
    return new PersonMove(member, this, to, before, reason, at, by);
  }

  /** Other members still living here besides the given one. */
  public boolean hasOtherActiveMembers(Person member) {
    return members.stream().anyMatch(p -> p != member && p.isActive());
  }

  public Optional<Person> member(long personId) {
    return members.stream().filter(p -> p.id() != null && p.id() == personId).findFirst();
  }

  private void requireMember(Person member) {
    if (member.household() != this) {
      throw new IllegalArgumentException("not a member of household " + id);
    }
  }

  public Optional<Person> head() {
    return headAmong(members);
  }

  /** The head among a household's members: the one still living here as KEPALA_KELUARGA. */
  public static Optional<Person> headAmong(Collection<Person> members) {
    return members.stream()
        .filter(p -> p.isActive() && p.relationship() == Relationship.KEPALA_KELUARGA)
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

  /**
   * The members in the order of the family card: the head, the spouse, the children from the
   * eldest, then the others; not the order they happened to be recorded in.
   */
  public List<Person> membersInCardOrder() {
    return members.stream().sorted(CARD_ORDER).toList();
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
