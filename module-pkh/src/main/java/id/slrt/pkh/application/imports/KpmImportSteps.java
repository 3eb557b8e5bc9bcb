package id.slrt.pkh.application.imports;

import static id.slrt.pkh.domain.model.imports.KpmRow.KELOMPOK;
import static id.slrt.pkh.domain.model.imports.KpmRow.KODE_DESA;
import static id.slrt.pkh.domain.model.imports.KpmRow.NAMA_PENGURUS;
import static id.slrt.pkh.domain.model.imports.KpmRow.NIK_KEPALA;
import static id.slrt.pkh.domain.model.imports.KpmRow.NIK_PENGURUS;
import static id.slrt.pkh.domain.model.imports.KpmRow.NOMOR_PESERTA;

import id.slrt.core.csv.ImportFiles;
import id.slrt.core.csv.RejectReasons;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.core.identity.InvalidIdentifierException;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.Sex;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.Regions;
import id.slrt.core.security.PkhScope;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.time.DistrictTime;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.FamilyRegistrations;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.pkh.api.EnrolKpm;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.domain.model.imports.KpmImport;
import id.slrt.pkh.domain.model.imports.KpmImport.RowCounts;
import id.slrt.pkh.domain.model.imports.KpmImportReject;
import id.slrt.pkh.domain.model.imports.KpmRow;
import id.slrt.pkh.domain.model.kpm.Kpm;
import id.slrt.pkh.domain.model.kpm.ParticipantNumber;
import id.slrt.pkh.domain.model.kpm.PkhGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transactions of a KPM import, each its own: the job's state changes, the counts and refusals
 * of a run of rows, and one row. A row is enrolled through {@link KpmService#enrol}, and a family
 * intake does not know is registered through intake's {@link HouseholdService#register}: the same
 * rules as the screens, and a row is in completely or not at all.
 *
 * <p>Internal to the import: called by {@link KpmImportWorker} on a background thread that runs as
 * the district's import user (roles were checked when the file was taken, in {@link
 * DefaultKpmImportService}). Not part of the module's api.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KpmImportSteps {
  @Inject @TenantDb EntityManager em;
  @Inject Clock clock;
  @Inject KpmService kpm;
  @Inject HouseholdService households;
  @Inject FamilyRegistrations registrations;
  @Inject Regions regions;
  @Inject DistrictTime districtTime;
  @Inject PersonDirectory people;
  @Inject TenantContext tenants;

  /** What importing a row did. */
  public enum Outcome {
    ADDED,
    ADDED_WITH_FAMILY,
    UNCHANGED
  }

  /** A refused row, to be stored with the next progress. */
  public record Refusal(long line, List<String> record, List<FieldError> errors) {}

  public long create(String fileName, String by) {
    KpmImport job = new KpmImport(fileName, clock.instant(), by);
    em.persist(job);
    em.flush();
    return job.id();
  }

  public Optional<KpmImport> find(long jobId) {
    return Optional.ofNullable(em.find(KpmImport.class, jobId));
  }

  public void checking(long jobId, List<String> header) {
    job(jobId).checking(csv(header), clock.instant());
  }

  public void importing(long jobId, long rows) {
    job(jobId).importing(rows);
  }

  /** Adds a run of rows' counts to the job, and stores its refused rows with them. */
  public void progress(long jobId, RowCounts counts, List<Refusal> refused) {
    for (Refusal r : refused) {
      em.persist(
          new KpmImportReject(jobId, r.line(), RejectReasons.write(r.errors()), csv(r.record())));
    }
    job(jobId).count(counts);
  }

  public void done(long jobId) {
    job(jobId).done(clock.instant());
  }

  public void failed(long jobId, String key, Long line, String argument) {
    job(jobId).failed(key, line, argument, clock.instant());
  }

  /** A page of a job's refused rows, those after line {@code afterLine}. */
  public List<KpmImportReject> rejects(long jobId, long afterLine, int max) {
    return em.createQuery(
            "SELECT r FROM KpmImportReject r WHERE r.jobId = :j AND r.line > :after"
                + " ORDER BY r.line",
            KpmImportReject.class)
        .setParameter("j", jobId)
        .setParameter("after", afterLine)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Imports one row: a KPM already enrolled as the row says is left as it is; otherwise the family
   * is registered when intake does not know its recipient, and the KPM enrolled. A row outside the
   * uploader's {@code scope} is refused, and so is all it would have written.
   *
   * @throws RowRefused with every reason, each against the file's column
   */
  public Outcome importRow(KpmRow.Header columns, List<String> record, long line, PkhScope scope) {
    FieldErrors errors = new FieldErrors();
    KpmRow row = KpmRow.read(columns, record, line, errors);
    // checked before anything is registered for the row (enrolment checks it again, the same rule)
    Optional<ParticipantNumber> number =
        ParticipantNumber.read(
            row.participantNumber(), tenants.require().regency().compact(), NOMOR_PESERTA, errors);
    if (row.recipientNik() == null) {
      errors.add(NIK_PENGURUS, "pkh.import.recipientNikRequired");
    }
    refuseIfAny(errors);
    Optional<PersonCard> recipient = recipient(row.recipientNik());
    Optional<Kpm> existing = byNumber(number.get().value());
    if (existing.isPresent()) {
      Kpm k = existing.get();
      PkhGroup group = em.find(PkhGroup.class, k.groupCode());
      if (recipient.isPresent()
          && recipient.get().personId() == k.recipientPersonId()
          && scope.sees(group.facilitator(), k.villageCode())) {
        return Outcome.UNCHANGED;
      }
      throw refused(NOMOR_PESERTA, "pkh.kpm.duplicate", k.participantNumber().value());
    }
    Set<String> registeredNiks = Set.of();
    if (recipient.isEmpty()) {
      if (row.kk() != null && familyKnown(row.kk())) {
        throw refused(NIK_PENGURUS, "pkh.import.recipientNotInKk");
      }
      registeredNiks = register(row);
    }
    KpmDetails enrolled = enrol(row, registeredNiks);
    if (!scope.sees(enrolled.facilitator(), enrolled.villageCode())) {
      throw new RowRefused(
          List.of(
              FieldError.of(KODE_DESA, "pkh.import.outsideScope"),
              FieldError.of(KELOMPOK, "pkh.import.outsideScope")));
    }
    return registeredNiks.isEmpty() ? Outcome.ADDED : Outcome.ADDED_WITH_FAMILY;
  }

  private Optional<PersonCard> recipient(String nik) {
    try {
      return people.byNik(nik);
    } catch (ValidationException e) {
      throw refused(NIK_PENGURUS, "pkh.kpm.nikInvalid");
    }
  }

  private Optional<Kpm> byNumber(String number) {
    return em
        .createQuery("SELECT k FROM Kpm k WHERE k.participantNumber = :n", Kpm.class)
        .setParameter("n", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  private boolean familyKnown(String kk) {
    return households.search(new HouseholdQuery(null, kk), new PageRequest(0, 20)).items().stream()
        .anyMatch(h -> kk.equals(h.kk()));
  }

  /**
   * Registers the row's family in intake: the recipient and, when she does not head it on the card,
   * its head; sex and birth date as their NIKs read. Returns the NIKs registered.
   */
  private Set<String> register(KpmRow row) {
    FieldErrors errors = new FieldErrors();
    if (row.villageCode() == null) {
      errors.add(KODE_DESA, "pkh.import.villageRequired");
    }
    if (row.recipientName() == null) {
      errors.add(NAMA_PENGURUS, "pkh.import.nameRequired");
    }
    boolean heads = row.recipientHeadsFamily();
    if (!heads && (row.headNik() == null || row.headName() == null)) {
      errors.add(NIK_KEPALA, "pkh.import.headRequired");
    }
    refuseIfAny(errors);
    LocalDate today = districtTime.today();
    Nik her = readNik(row.recipientNik(), NIK_PENGURUS);
    List<MemberInput> members = new ArrayList<>();
    members.add(
        MemberInput.basic(
            her.value(),
            row.recipientName(),
            her.sex().name(),
            her.probableBirthDate(today),
            heads ? "KEPALA_KELUARGA" : row.recipientRelationship()));
    if (!heads) {
      Nik head = readNik(row.headNik(), NIK_KEPALA);
      members.add(
          MemberInput.basic(
              head.value(),
              row.headName(),
              head.sex().name(),
              head.probableBirthDate(today),
              "KEPALA_KELUARGA"));
    }
    try {
      registrations.register(
          new RegisterHousehold(
              row.kk(),
              new AddressInput(row.villageCode(), row.rt(), row.rw(), row.street(), null),
              heads && her.sex() == Sex.F,
              members,
              null,
              null,
              null));
    } catch (ValidationException e) {
      throw new RowRefused(columns(e.errors(), KpmImportSteps::registrationColumn));
    } catch (ConflictException e) {
      String column = e.messageKey().equals("household.duplicateKk") ? KpmRow.NO_KK : NIK_KEPALA;
      throw refused(column, e.messageKey(), e.arguments());
    }
    return members.stream().map(MemberInput::nik).collect(java.util.stream.Collectors.toSet());
  }

  /** What a NIK says of its holder (sex, and the likely birth date) fills in the registration. */
  private Nik readNik(String nik, String column) {
    try {
      return Nik.parse(nik, regions);
    } catch (InvalidIdentifierException e) {
      throw refused(column, "pkh.kpm.nikInvalid");
    }
  }

  /** The registration's field as the file's column. */
  private static String registrationColumn(String field) {
    if (field.startsWith("address.")) {
      return switch (field) {
        case "address.rt" -> KpmRow.RT;
        case "address.rw" -> KpmRow.RW;
        case "address.street" -> KpmRow.ALAMAT;
        default -> KODE_DESA;
      };
    }
    if (field.startsWith("members[0].")) {
      return field.endsWith(".name")
          ? NAMA_PENGURUS
          : field.endsWith(".relationship") ? KpmRow.HUBUNGAN_PENGURUS : NIK_PENGURUS;
    }
    if (field.startsWith("members[1].")) {
      return field.endsWith(".name") ? KpmRow.NAMA_KEPALA : NIK_KEPALA;
    }
    return field.equals("members") ? KpmRow.HUBUNGAN_PENGURUS : KpmRow.NO_KK;
  }

  /**
   * Enrols the row's KPM. A component whose member a family registered just now does not have yet
   * is kept for the family, not refused: the family is completed in intake later.
   */
  private KpmDetails enrol(KpmRow row, Set<String> registeredNiks) {
    List<String> plain = new ArrayList<>();
    List<EnrolKpm.ComponentInput> members = new ArrayList<>();
    Map<String, String> columns = new HashMap<>();
    for (KpmRow.ComponentCell cell : row.components()) {
      boolean untied =
          cell.nik() == null || (!registeredNiks.isEmpty() && !registeredNiks.contains(cell.nik()));
      if (untied) {
        columns.put("components[" + plain.size() + "]", KpmRow.component(cell.number()));
        plain.add(cell.component());
      } else {
        String at = "members[" + members.size() + "]";
        columns.put(at + ".component", KpmRow.component(cell.number()));
        columns.put(at + ".nik", KpmRow.componentNik(cell.number()));
        members.add(new EnrolKpm.ComponentInput(cell.nik(), null, cell.component(), null, null));
      }
    }
    columns.put("participantNumber", NOMOR_PESERTA);
    columns.put("kk", KpmRow.NO_KK);
    columns.put("recipientNik", NIK_PENGURUS);
    columns.put("startYear", KpmRow.TAHUN_MULAI);
    columns.put("groupCode", KELOMPOK);
    columns.put("facilitator", KpmRow.PENDAMPING);
    try {
      return kpm.enrol(
          new EnrolKpm(
              row.participantNumber(),
              row.kk(),
              row.recipientNik(),
              null,
              row.startYear(),
              plain,
              members,
              row.groupCode(),
              row.facilitator()));
    } catch (ValidationException e) {
      throw new RowRefused(
          columns(e.errors(), field -> columns.getOrDefault(field, NOMOR_PESERTA)));
    } catch (ConflictException e) {
      String column =
          e.messageKey().equals("pkh.kpm.familyEnrolled") ? NIK_PENGURUS : NOMOR_PESERTA;
      throw refused(column, e.messageKey(), e.arguments());
    }
  }

  private static List<FieldError> columns(
      List<FieldError> errors, java.util.function.Function<String, String> column) {
    return errors.stream()
        .map(e -> FieldError.of(column.apply(e.field()), e.messageKey(), e.arguments()))
        .toList();
  }

  private static RowRefused refused(String column, String key, Object... arguments) {
    return new RowRefused(List.of(FieldError.of(column, key, arguments)));
  }

  private static void refuseIfAny(FieldErrors errors) {
    if (!errors.isEmpty()) {
      throw new RowRefused(errors.list());
    }
  }

  private KpmImport job(long id) {
    KpmImport job = em.find(KpmImport.class, id);
    if (job == null) {
      throw new IllegalStateException("no KPM import " + id);
    }
    return job;
  }

  static String csv(List<String> fields) {
    return ImportFiles.line(fields);
  }
}
