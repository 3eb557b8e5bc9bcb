package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/** Registering and finding households and people in the current tenant. */
public interface HouseholdService {

  /**
   * Registers a household with its members.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   * @throws id.slrt.core.error.ConflictException when the No. KK or a NIK is already registered
   */
  HouseholdDetails register(RegisterHousehold request);

  /**
   * @throws id.slrt.core.error.NotFoundException when there is no such household in this tenant
   */
  HouseholdDetails get(long id);

  /**
   * Reads a NIK as typed at a desk, against the sex and birth date entered so far (either may be
   * null).
   *
   * @throws id.slrt.core.error.ValidationException on field {@code nik} when it is not a NIK
   */
  NikReading readNik(String nik, String sex, java.time.LocalDate birthDate);

  /**
   * Corrects a household's address and female-headed flag.
   *
   * @param expectedVersion the version the caller read (its ETag)
   * @throws id.slrt.core.error.PreconditionFailedException when the household changed since
   */
  HouseholdDetails update(long id, long expectedVersion, UpdateHousehold request);

  /**
   * Adds a member (a birth, a marriage...). A person registered in another family must be moved
   * instead.
   *
   * @throws id.slrt.core.error.ConflictException when the NIK is already registered
   */
  HouseholdDetails addMember(long id, long expectedVersion, MemberInput member);

  /** Corrects what is recorded about a member. */
  HouseholdDetails correctMember(long id, long personId, long expectedVersion, MemberInput member);

  /**
   * Moves a member to another household of the district, keeping the move. Needs the source
   * household's version.
   *
   * @throws id.slrt.core.error.ConflictException when the member heads a family that still has
   *     other members (name a new head first)
   */
  HouseholdDetails movePerson(long id, long personId, long expectedVersion, MovePerson move);

  /** The moves of a member between family cards, the first first. */
  List<MoveDetails> moves(long id, long personId);

  /** Records that a member died or moved away. */
  HouseholdDetails memberLeft(long id, long personId, long expectedVersion, MemberLeaving leaving);

  /**
   * Marks a welfare status recorded by mistake as void, with the reason; it stays in the history.
   *
   * @throws id.slrt.core.error.ConflictException when it is void already
   */
  WelfareSnapshot voidWelfare(long householdId, long statusId, VoidWelfareStatus request);

  /**
   * Records a program the family or a member receives or received; earlier records are kept.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  ProgramDetails recordProgram(long householdId, RecordProgram request);

  /** The programs of the family and its members, the latest first. */
  List<ProgramDetails> programs(long householdId);

  /**
   * Adds a dated welfare status snapshot; earlier ones are kept.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  WelfareSnapshot recordWelfare(long householdId, RecordWelfareStatus request);

  /** Every welfare status of the household, the latest first. */
  List<WelfareSnapshot> welfareHistory(long householdId);

  Page<HouseholdSummary> search(HouseholdQuery query, PageRequest page);

  /**
   * People already registered under (a spelling of) this name with this birth date, other than the
   * given NIK: likely duplicates to show while registering.
   */
  List<PersonDetails> likelyDuplicates(String name, java.time.LocalDate birthDate, String nik);

  /**
   * @throws id.slrt.core.error.ValidationException when the NIK is malformed
   * @throws id.slrt.core.error.NotFoundException when nobody in this tenant has it
   */
  PersonDetails findPerson(String nik);

  /**
   * Records what Disdukcapil issued to a person, a referral to it completed by its desk: the NIK
   * (the person becomes matched with Dukcapil), the family's No. KK, the documents now held. Called
   * by the referral module in the transaction that completes the referral, so that both happen or
   * neither.
   *
   * @throws id.slrt.core.error.ValidationException fields {@code nik}, {@code kk}, {@code
   *     documents}
   * @throws id.slrt.core.error.ConflictException when another person has the NIK, or another family
   *     the No. KK
   * @throws id.slrt.core.error.NotFoundException when there is no such person
   */
  void recordIssued(long personId, IssuedIdentity issued);
}
