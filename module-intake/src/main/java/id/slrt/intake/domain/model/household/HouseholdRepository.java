package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The households of the current tenant. */
public interface HouseholdRepository {

  Optional<Household> find(long id);

  boolean existsKk(NomorKk kk);

  /**
   * The next number of a provisional family card (see {@link NomorKk#provisional}), never reused.
   */
  long nextProvisionalKk();

  /**
   * Those of the given NIKs that already belong to someone in the district. Writes nothing first,
   * so that it can be asked after {@link #store} was refused.
   */
  Set<Nik> existingNiks(Collection<Nik> niks);

  Optional<Person> findPerson(Nik nik);

  Optional<Person> findPersonById(long id);

  /** People whose name has the same spelling-tolerant key and the same birth date. */
  List<Person> likelyDuplicates(String name, java.time.LocalDate birthDate, int max);

  /** People with their families, for reading only (lists): they are not to be changed. */
  List<Person> findPersonsById(Collection<Long> ids);

  /**
   * Stores a new household and its members; the store is flushed so that ids are assigned.
   *
   * @throws jakarta.persistence.PersistenceException when the unique key of the No. KK ({@code
   *     household_kk}) or of a NIK ({@code person_nik}) refuses the family; see {@link
   *     id.slrt.core.persistence.Constraints#uniqueKey}
   */
  void store(Household household);

  /**
   * Writes the changes to a household now and moves its version, even when only a member changed:
   * the household's version stands for the whole family card.
   *
   * @throws jakarta.persistence.OptimisticLockException when someone else changed it meanwhile
   */
  void update(Household household);

  void storeWelfare(WelfareStatus status);

  void storeProgram(ProgramReceipt receipt);

  Optional<WelfareStatus> findWelfare(long householdId, long statusId);

  /** The family's program receipts, the latest first. */
  List<ProgramReceipt> programs(long householdId);

  void storeMove(PersonMove move);

  List<PersonMove> moves(long personId);

  /** The household's welfare statuses, the latest (by date, then by recording) first. */
  List<WelfareStatus> welfareHistory(long householdId);

  /**
   * Families by village, by a LIKE pattern over village codes ({@code place}: the caller's part of
   * the district, null for all) and by name, NIK or No. KK; any of the three may be null. Newest
   * family first.
   */
  List<Household> search(String villageCode, String place, SearchText text, PageRequest page);

  /**
   * How many families the same search finds, counted up to {@code cap + 1}: a count above {@code
   * cap} means "more than cap" (counting a million rows exactly would cost more than the search).
   */
  long count(String villageCode, String place, SearchText text, long cap);

  /** The households of the given family card numbers, their members loaded, by No. KK. */
  Map<NomorKk, Household> findByKks(Collection<NomorKk> kks);

  /** The people of the given NIKs, by NIK. */
  Map<Nik, Person> findPersons(Collection<Nik> niks);

  /** The welfare statuses of the given households, by household id. */
  Map<Long, List<WelfareStatus>> welfareOf(Collection<Long> householdIds);

  /** Adds a welfare snapshot, written at the next flush (or commit). */
  void addWelfare(WelfareStatus status);

  /** Adds a new household and its members, written at the next flush. */
  void add(Household household);

  /** Moves a changed household's version at the next flush (its ETag changes). */
  void touch(Household household);

  /** Writes pending changes now, so that new rows have their ids. */
  void flush();

  /** The given households, by id, to read only (lists); ids that do not exist are left out. */
  Map<Long, Household> findAll(Collection<Long> ids);

  /** The members of the given households, by household id, to read only (lists). */
  Map<Long, List<Person>> membersOf(Collection<Long> householdIds);
}
