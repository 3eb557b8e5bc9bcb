package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.Sex;
import id.slrt.core.persistence.IdBlocks;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A person, member of exactly one household (family card) in the district. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByNik", query = "SELECT p FROM Person p WHERE p.nik = :nik")
@NamedQuery(
    name = "Person.findExistingNiks",
    query = "SELECT p.nikDigits FROM Person p WHERE p.nikDigits IN :niks")
@NamedQuery(
    name = "Person.findByHouseholds",
    query = "SELECT p FROM Person p WHERE p.household.id IN :ids ORDER BY p.household.id, p.id")
public class Person {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "person")
  @TableGenerator(
      name = "person",
      table = IdBlocks.TABLE,
      pkColumnName = "name",
      valueColumnName = "last_id",
      pkColumnValue = "person",
      allocationSize = IdBlocks.SIZE)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id", nullable = false)
  private Household household;

  /** Absent for a person without documents ({@link DukcapilStatus#BELUM_PADAN}). */
  @Column(name = "nik", length = 16, unique = true)
  private Nik nik;

  /**
   * The same column as its digits, read-only: the one a NIK prefix search compares (see {@link
   * id.slrt.core.identity.NikConverter}).
   */
  @Column(name = "nik", insertable = false, updatable = false)
  private String nikDigits;

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

  /** {@link NameKey} of the name, for spelling-tolerant search. */
  @Column(name = "name_key", length = 200)
  private String nameKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "education", length = 20)
  private Education education;

  @Column(name = "occupation", length = 100)
  private String occupation;

  @Enumerated(EnumType.STRING)
  @Column(name = "disability", length = 20)
  private Disability disability;

  @Enumerated(EnumType.STRING)
  @Column(name = "marital_status", length = 15)
  private MaritalStatus maritalStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "dukcapil_status", nullable = false, length = 15)
  private DukcapilStatus dukcapilStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private PersonStatus status = PersonStatus.AKTIF;

  @Column(name = "status_date")
  private LocalDate statusDate;

  /** The civil documents the person holds (see {@link IdentityDocument}). */
  @ElementCollection
  @CollectionTable(name = "person_document", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "document", length = 20)
  private Set<IdentityDocument> documents = new HashSet<>();

  /** A phone or WhatsApp number for follow-up. */
  @Column(name = "phone", length = 20)
  private String phone;

  /** The woman who heads her family in fact, when the card names someone else as its head. */
  @Column(name = "heads_family", nullable = false)
  private boolean headsFamily;

  @Version private long version;

  protected Person() {}

  Person(Household household, MemberFacts facts) {
    this.household = household;
    this.nik = facts.nik();
    this.dukcapilStatus =
        facts.nik() == null ? DukcapilStatus.BELUM_PADAN : DukcapilStatus.NIK_TERCATAT;
    apply(facts);
  }

  /**
   * Corrects what the family card says about this person. A NIK, once recorded, can be corrected
   * but not removed; giving one to a person without documents records it.
   */
  void apply(MemberFacts facts) {
    if (facts.nik() != null && !facts.nik().equals(nik)) {
      // a new or corrected NIK has not been confirmed by Dukcapil
      this.nik = facts.nik();
      this.dukcapilStatus = DukcapilStatus.NIK_TERCATAT;
    }
    this.name = facts.name();
    this.nameKey = NameKey.of(facts.name());
    this.sex = facts.sex();
    this.birthDate = facts.birthDate();
    this.relationship = facts.relationship();
    this.education = facts.education();
    this.occupation = facts.occupation();
    this.disability = facts.disability();
    this.maritalStatus = facts.maritalStatus();
  }

  /**
   * Whether the family card's facts are already what is recorded (applying them changes nothing).
   */
  public boolean hasFacts(MemberFacts facts) {
    return (facts.nik() == null || facts.nik().equals(nik))
        && facts.name().equals(name)
        && facts.sex() == sex
        && facts.birthDate().equals(birthDate)
        && facts.relationship() == relationship
        && facts.education() == education
        && java.util.Objects.equals(facts.occupation(), occupation)
        && facts.disability() == disability
        && facts.maritalStatus() == maritalStatus;
  }

  public Long id() {
    return id;
  }

  public Household household() {
    return household;
  }

  /** The NIK, or null for a person without documents. */
  public Nik nik() {
    return nik;
  }

  public String name() {
    return name;
  }

  /** The spelling-tolerant key of the name ({@link NameKey#of}), one key per word. */
  public String nameKey() {
    return nameKey;
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

  public Optional<Education> education() {
    return Optional.ofNullable(education);
  }

  public Optional<String> occupation() {
    return Optional.ofNullable(occupation);
  }

  public Optional<Disability> disability() {
    return Optional.ofNullable(disability);
  }

  public Optional<MaritalStatus> maritalStatus() {
    return Optional.ofNullable(maritalStatus);
  }

  public DukcapilStatus dukcapilStatus() {
    return dukcapilStatus;
  }

  public PersonStatus status() {
    return status;
  }

  public Optional<LocalDate> statusDate() {
    return Optional.ofNullable(statusDate);
  }

  public long version() {
    return version;
  }

  public boolean isActive() {
    return status == PersonStatus.AKTIF;
  }

  public Set<IdentityDocument> documents() {
    return Collections.unmodifiableSet(documents);
  }

  /** The documents expected of the person at their age and marital status that they lack. */
  public Set<IdentityDocument> missingDocuments(LocalDate today) {
    Set<IdentityDocument> missing =
        EnumSet.copyOf(IdentityDocument.expectedFor(birthDate, maritalStatus, today));
    missing.removeAll(documents);
    return missing;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Disdukcapil issued or confirmed this NIK: the person is matched with Dukcapil. */
  void issuedNik(Nik issued) {
    this.nik = issued;
    this.dukcapilStatus = DukcapilStatus.PADAN;
  }

  void holds(Set<IdentityDocument> held) {
    documents.clear();
    documents.addAll(held);
  }

  void phone(String newPhone) {
    this.phone = newPhone;
  }

  /** Whether she heads her family in fact though the card names someone else (see Household). */
  public boolean headsFamily() {
    return headsFamily;
  }

  void headsFamily(boolean heads) {
    this.headsFamily = heads;
  }

  void joinHousehold(Household newHousehold, Relationship newRelationship) {
    this.household = newHousehold;
    this.relationship = newRelationship;
  }

  /** Records that the person died or moved away, on the given date. */
  void leave(PersonStatus newStatus, LocalDate on) {
    this.status = newStatus;
    this.statusDate = on;
  }
}
