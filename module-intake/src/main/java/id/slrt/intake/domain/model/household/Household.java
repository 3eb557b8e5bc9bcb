package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.Sex;
import id.slrt.core.persistence.IdBlocks;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A family as the family card (Kartu Keluarga) defines it: one No. KK, one address, its members;
 * and, beside the card, whether a woman heads it in fact. The aggregate root of intake and the one
 * place its rules live ({@link FamilyRule}): registration, every edit of a member, a move and the
 * import all go through its methods, which refuse a change that would break a rule ({@link
 * FamilyRulesBroken}) before changing anything. That a NIK belongs to one family at a time in the
 * district is kept by the repository (a unique key), as it spans families.
 */
@Entity
@Table(name = "household")
@NamedQuery(name = "Household.findByKk", query = "SELECT h FROM Household h WHERE h.kk = :kk")
public class Household {
  /** At most this many members live in one family at a time. */
  public static final int MAX_MEMBERS = 30;

  private static final Comparator<Person> CARD_ORDER =
      Comparator.comparing(Person::relationship)
          .thenComparing(Person::birthDate)
          .thenComparing(Person::id, Comparator.nullsLast(Comparator.naturalOrder()));

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "household")
  @TableGenerator(
      name = "household",
      table = IdBlocks.TABLE,
      pkColumnName = "name",
      valueColumnName = "last_id",
      pkColumnValue = "household",
      allocationSize = IdBlocks.SIZE)
  private Long id;

  /** The No. KK, or while the family has no card of its own a provisional number (KkStatus). */
  @Column(name = "kk", nullable = false, length = 16, unique = true)
  private NomorKk kk;

  /**
   * The same column as its digits, read-only: the one a No. KK prefix search compares (see {@link
   * id.slrt.core.identity.NikConverter}).
   */
  @Column(name = "kk", insertable = false, updatable = false)
  private String kkDigits;

  @Enumerated(EnumType.STRING)
  @Column(name = "kk_status", nullable = false, length = 10)
  private KkStatus kkStatus = KkStatus.ADA;

  /** A phone or WhatsApp number for follow-up. */
  @Column(name = "phone", length = 20)
  private String phone;

  @Embedded private Address address;

  /** A woman heads the family in fact (perempuan kepala keluarga). */
  @Column(name = "female_headed", nullable = false)
  private boolean femaleHeaded;

  /** Why she does, when recorded. */
  @Enumerated(EnumType.STRING)
  @Column(name = "female_head_reason", length = 20)
  private FemaleHeadReason femaleHeadReason;

  /** The family takes part in Serikat PEKKA (a separate fact from being female-headed). */
  @Column(name = "pekka_member", nullable = false)
  private boolean pekkaMember;

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

  private Household(FamilyCard card, Address address, Instant registeredAt, String registeredBy) {
    this.kk = card.number();
    this.kkStatus = card.status();
    this.address = address;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
    this.changedAt = registeredAt;
  }

  /**
   * Who heads a family besides its card: whether a woman heads it in fact and why, which member she
   * is (null: the head on the card, who must then be a woman; at registration the position in the
   * members given, in an edit the person's id) and whether the family is in Serikat PEKKA.
   */
  public record Headship(
      boolean femaleHeaded, FemaleHeadReason reason, Long woman, boolean pekkaMember) {
    public static final Headship NONE = new Headship(false, null, null, false);
  }

  /** The family's card: its No. KK, or a provisional number while it has none. */
  public record FamilyCard(NomorKk number) {
    public static FamilyCard of(NomorKk kk) {
      return new FamilyCard(kk);
    }

    /** No family card of its own yet; {@code n} numbers the provisional card. */
    public static FamilyCard notYet(long n) {
      return new FamilyCard(NomorKk.provisional(n));
    }

    public KkStatus status() {
      return number.isProvisional() ? KkStatus.BELUM_ADA : KkStatus.ADA;
    }
  }

  /**
   * Registers a family with its members in the order given.
   *
   * @throws FamilyRulesBroken naming every broken rule and the member it is about
   */
  public static Household register(
      FamilyCard card,
      Address address,
      Headship headship,
      List<MemberFacts> members,
      Instant at,
      String by) {
    return register(
        card,
        address,
        headship,
        members,
        headship.woman() == null ? Set.of() : Set.of(headship.woman()),
        at,
        by);
  }

  /**
   * Registers a family whose request may name more than one member as the woman heading it (each
   * member of a registration form has the mark): that is refused here, as every family rule is.
   * {@code headship}'s own woman is not read.
   *
   * @param womenNamed the positions, in {@code members}, of the members marked as heading the
   *     family in fact
   * @throws FamilyRulesBroken naming every broken rule and the member it is about
   */
  public static Household register(
      FamilyCard card,
      Address address,
      Headship headship,
      List<MemberFacts> members,
      Set<Long> womenNamed,
      Instant at,
      String by) {
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      MemberFacts m = members.get(i);
      boolean heads = womenNamed.contains((long) i);
      seats.add(new Seat(i, m.nik(), m.sex(), m.relationship(), true, heads));
    }
    List<FamilyRulesBroken.Broken> broken = new ArrayList<>();
    if (members.isEmpty()) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.NO_MEMBERS, -1, List.of()));
    } else if (womenNamed.stream().anyMatch(w -> w < 0 || w >= members.size())) {
      broken.add(
          new FamilyRulesBroken.Broken(FamilyRule.FEMALE_HEAD_NOT_LIVING_HERE, -1, List.of()));
    }
    broken.addAll(check(seats, headship.femaleHeaded(), Check.REGISTRATION));
    if (!broken.isEmpty()) {
      throw new FamilyRulesBroken(broken);
    }
    Household household = new Household(card, address, at, by);
    household.femaleHeaded = headship.femaleHeaded();
    household.femaleHeadReason = headship.femaleHeaded() ? headship.reason() : null;
    household.pekkaMember = headship.pekkaMember();
    for (int i = 0; i < members.size(); i++) {
      Person p = new Person(household, members.get(i));
      p.headsFamily(seats.get(i).headsFamily());
      household.members.add(p);
    }
    return household;
  }

  /**
   * Records the family's No. KK: the card it did not have yet (its provisional number is then
   * gone), or a corrected number. That no other family has it is the repository's question.
   */
  public void giveKk(NomorKk number) {
    FamilyCard card = FamilyCard.of(number);
    this.kk = card.number();
    this.kkStatus = card.status();
  }

  /** A phone or WhatsApp number for follow-up (tidied by {@link Phone}), or null for none. */
  public void phone(String newPhone) {
    this.phone = newPhone;
  }

  /**
   * Marks the household changed now. Every change to the family card, a member's included, goes
   * through here, so the household's version (its ETag) moves with it.
   */
  public void changedAt(Instant at) {
    this.changedAt = at;
  }

  /**
   * Adds a member to the card.
   *
   * @throws FamilyRulesBroken when the family is full, or the new member would be a second head
   */
  public Person addMember(MemberFacts facts) {
    List<Seat> seats = seats(null, null);
    seats.add(new Seat(-1, facts.nik(), facts.sex(), facts.relationship(), true, false));
    refuseIfBroken(check(seats, femaleHeaded, Check.GROWS));
    Person person = new Person(this, facts);
    members.add(person);
    return person;
  }

  /**
   * Corrects the family's own facts: its address and who heads it; {@code headship.woman()} is a
   * member's person id, or null for the head on the card.
   *
   * @throws FamilyRulesBroken when the woman named is not a woman living in the family, or the head
   *     on the card is a man and no woman is named
   */
  public void correct(Address newAddress, Headship headship) {
    Person woman = null;
    if (headship.femaleHeaded() && headship.woman() != null) {
      woman = member(headship.woman()).orElse(null);
      if (woman == null) {
        throw new FamilyRulesBroken(FamilyRule.FEMALE_HEAD_NOT_LIVING_HERE);
      }
    }
    apply(newAddress, headship.femaleHeaded(), headship.reason(), woman, headship.pekkaMember());
  }

  /**
   * Records that this member, a woman living in the family, heads it in fact (the reason stays as
   * recorded), or with {@code heads} false that she does not (the family is then no longer
   * female-headed if she was the one).
   */
  public void headedInFactBy(Person member, boolean heads) {
    requireMember(member);
    if (heads) {
      apply(address, true, femaleHeadReason, member, pekkaMember);
    } else if (femaleHead().map(w -> w == member).orElse(false)) {
      apply(address, false, null, null, pekkaMember);
    }
  }

  private void apply(
      Address newAddress,
      boolean newFemaleHeaded,
      FemaleHeadReason reason,
      Person woman,
      boolean pekka) {
    List<Seat> seats = new ArrayList<>();
    for (Person p : members) {
      seats.add(Seat.of(p, p == woman));
    }
    refuseIfBroken(check(seats, newFemaleHeaded, Check.EDIT));
    this.address = newAddress;
    this.femaleHeaded = newFemaleHeaded;
    this.femaleHeadReason = newFemaleHeaded ? reason : null;
    this.pekkaMember = pekka;
    for (Person p : members) {
      p.headsFamily(p == woman);
    }
  }

  /**
   * Corrects what is recorded about one member.
   *
   * @throws FamilyRulesBroken when the correction would make a second head, leave a female-headed
   *     family headed by a man, or change someone who left
   */
  public void correctMember(Person member, MemberFacts facts) {
    requireMember(member);
    if (!member.isActive()) {
      throw new FamilyRulesBroken(FamilyRule.MEMBER_LEFT);
    }
    List<Seat> seats = seats(member, facts);
    refuseIfBroken(check(seats, femaleHeaded, Check.EDIT));
    member.apply(facts);
  }

  /**
   * Records which civil documents a member holds and how to reach them (null: as before; a blank
   * phone removes it).
   */
  public void memberContact(Person member, Set<IdentityDocument> documents, String phone) {
    requireMember(member);
    if (documents != null) {
      member.holds(documents);
    }
    if (phone != null) {
      member.phone(phone.isBlank() ? null : phone);
    }
  }

  /**
   * Records what Disdukcapil issued to a member, a referral to it completed: a NIK (given or
   * confirmed: the member is then matched with Dukcapil), the family's No. KK, and the documents
   * the member now holds besides those held before. That no one else has the NIK or the No. KK is
   * the repository's question.
   */
  public void issuedByDukcapil(
      Person member, Nik nik, NomorKk number, Set<IdentityDocument> issued) {
    requireMember(member);
    if (nik != null) {
      member.issuedNik(nik);
    }
    if (number != null) {
      giveKk(number);
    }
    if (!issued.isEmpty()) {
      Set<IdentityDocument> held = EnumSet.copyOf(issued);
      held.addAll(member.documents());
      member.holds(held);
    }
  }

  /**
   * Records that a member died or moved away; the person stays in the family's history. When she
   * was the woman heading the family, the family is no longer recorded as female-headed.
   */
  public void memberLeft(Person member, PersonStatus status, LocalDate on) {
    requireMember(member);
    if (status == PersonStatus.AKTIF) {
      throw new IllegalArgumentException("leaving needs MENINGGAL or PINDAH");
    }
    if (!member.isActive()) {
      throw new FamilyRulesBroken(FamilyRule.MEMBER_LEFT);
    }
    boolean sheHeaded = femaleHead().map(w -> w == member).orElse(false);
    member.leave(status, on);
    if (sheHeaded) {
      endFemaleHeadship();
    }
  }

  /**
   * Moves a member to another family card, as its {@code relationship} there; the move is returned
   * to be kept. The person stays the same person (same id, same needs).
   *
   * @throws FamilyRulesBroken when the head would leave others behind, the other family is full or
   *     already has a head, or the member left already
   */
  public PersonMove moveMember(
      Person member,
      Household to,
      Relationship relationship,
      String reason,
      Instant at,
      String by) {
    requireMember(member);
    List<FamilyRulesBroken.Broken> broken = new ArrayList<>();
    if (to == this) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.MOVE_TO_SAME_FAMILY, -1, List.of()));
    }
    if (!member.isActive()) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.MEMBER_LEFT, -1, List.of()));
    } else if (member.relationship() == Relationship.KEPALA_KELUARGA
        && hasOtherActiveMembers(member)) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.HEAD_LEAVES_OTHERS, -1, List.of()));
    }
    if (to != this && to != null) {
      List<Seat> there = to.seats(null, null);
      there.add(new Seat(-1, member.nik(), member.sex(), relationship, true, false));
      broken.addAll(check(there, to.femaleHeaded, Check.GROWS));
    }
    refuseIfBroken(broken);
    boolean sheHeaded = femaleHead().map(w -> w == member).orElse(false);
    Relationship before = member.relationship();
    members.remove(member);
    to.members.add(member);
    member.joinHousehold(to, relationship);
    member.headsFamily(false);
    if (sheHeaded) {
      endFemaleHeadship();
    }
    changedAt(at);
    to.changedAt(at);
    return new PersonMove(member, this, to, before, reason, at, by);
  }

  private void endFemaleHeadship() {
    femaleHeaded = false;
    femaleHeadReason = null;
    members.forEach(p -> p.headsFamily(false));
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

  // --- the rules -----------------------------------------------------------------------------

  /** One member as the rules see them; {@code index} is the position at registration, else -1. */
  private record Seat(
      int index, Nik nik, Sex sex, Relationship relationship, boolean active, boolean headsFamily) {
    /** A member as recorded, with whether the change at hand names her the woman heading it. */
    static Seat of(Person p, boolean headsFamily) {
      return new Seat(-1, p.nik(), p.sex(), p.relationship(), p.isActive(), headsFamily);
    }
  }

  private enum Check {
    /** A new family: it must have its head. */
    REGISTRATION,
    /** The family gains a member: it must have room. */
    GROWS,
    /** A correction: the number of members does not change. */
    EDIT
  }

  /** The members as they are, with {@code changed} (if any) replaced by {@code facts}. */
  private List<Seat> seats(Person changed, MemberFacts facts) {
    List<Seat> seats = new ArrayList<>();
    for (Person p : members) {
      if (p == changed) {
        seats.add(
            new Seat(
                -1,
                facts.nik() == null ? p.nik() : facts.nik(),
                facts.sex(),
                facts.relationship(),
                true,
                p.headsFamily()));
      } else {
        seats.add(Seat.of(p, p.headsFamily()));
      }
    }
    return seats;
  }

  /**
   * Every rule of the family card over its members as they would be after a change. The number of
   * members is checked only when the family grows, so that a family over the limit from before the
   * limit can still be corrected.
   */
  private static List<FamilyRulesBroken.Broken> check(
      List<Seat> seats, boolean femaleHeaded, Check check) {
    List<FamilyRulesBroken.Broken> broken = new ArrayList<>();
    List<Seat> living = seats.stream().filter(Seat::active).toList();
    if (check != Check.EDIT && living.size() > MAX_MEMBERS) {
      broken.add(
          new FamilyRulesBroken.Broken(FamilyRule.TOO_MANY_MEMBERS, -1, List.of(MAX_MEMBERS)));
    }
    List<Seat> heads =
        living.stream().filter(s -> s.relationship() == Relationship.KEPALA_KELUARGA).toList();
    if (check == Check.REGISTRATION && heads.isEmpty() && !living.isEmpty()) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.NO_HEAD, -1, List.of()));
    }
    for (Seat extra : heads.subList(Math.min(1, heads.size()), heads.size())) {
      broken.add(new FamilyRulesBroken.Broken(FamilyRule.SECOND_HEAD, extra.index(), List.of()));
    }
    Set<Nik> niks = new HashSet<>();
    for (Seat s : seats) {
      if (s.nik() != null && !niks.add(s.nik())) {
        broken.add(new FamilyRulesBroken.Broken(FamilyRule.SAME_NIK_TWICE, s.index(), List.of()));
      }
    }
    List<Seat> women = seats.stream().filter(Seat::headsFamily).toList();
    if (!femaleHeaded) {
      if (!women.isEmpty()) {
        broken.add(
            new FamilyRulesBroken.Broken(
                FamilyRule.FEMALE_HEAD_WITHOUT_HEADSHIP, women.get(0).index(), List.of()));
      }
      return broken;
    }
    for (Seat extra : women.subList(Math.min(1, women.size()), women.size())) {
      broken.add(
          new FamilyRulesBroken.Broken(FamilyRule.SECOND_FEMALE_HEAD, extra.index(), List.of()));
    }
    // the woman named, or else the head on the card, heads the family: she must be a woman living
    // here
    Seat woman = women.isEmpty() ? (heads.isEmpty() ? null : heads.get(0)) : women.get(0);
    if (woman == null || !woman.active()) {
      broken.add(
          new FamilyRulesBroken.Broken(FamilyRule.FEMALE_HEAD_NOT_LIVING_HERE, -1, List.of()));
    } else if (woman.sex() != Sex.F) {
      broken.add(
          new FamilyRulesBroken.Broken(
              FamilyRule.FEMALE_HEAD_NOT_A_WOMAN, woman.index(), List.of()));
    }
    return broken;
  }

  private static void refuseIfBroken(List<FamilyRulesBroken.Broken> broken) {
    if (!broken.isEmpty()) {
      throw new FamilyRulesBroken(broken);
    }
  }

  // --- reading -------------------------------------------------------------------------------

  public Optional<Person> head() {
    return headAmong(members);
  }

  /** The head among a household's members: the one still living here as KEPALA_KELUARGA. */
  public static Optional<Person> headAmong(Collection<Person> members) {
    return members.stream()
        .filter(p -> p.isActive() && p.relationship() == Relationship.KEPALA_KELUARGA)
        .findFirst();
  }

  /**
   * The woman who heads a female-headed family: the member named so, or else the head on the card;
   * empty when the family is not female-headed.
   */
  public Optional<Person> femaleHead() {
    if (!femaleHeaded) {
      return Optional.empty();
    }
    return members.stream().filter(p -> p.isActive() && p.headsFamily()).findFirst().or(this::head);
  }

  public Long id() {
    return id;
  }

  public NomorKk kk() {
    return kk;
  }

  public KkStatus kkStatus() {
    return kkStatus;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Address address() {
    return address;
  }

  public boolean femaleHeaded() {
    return femaleHeaded;
  }

  public Optional<FemaleHeadReason> femaleHeadReason() {
    return Optional.ofNullable(femaleHeadReason);
  }

  public boolean pekkaMember() {
    return pekkaMember;
  }

  /** The family's headship as it is, with the woman by person id (null: the head on the card). */
  public Headship headship() {
    Long woman =
        members.stream()
            .filter(p -> p.isActive() && p.headsFamily())
            .map(Person::id)
            .findFirst()
            .orElse(null);
    return new Headship(femaleHeaded, femaleHeadReason, woman, pekkaMember);
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
