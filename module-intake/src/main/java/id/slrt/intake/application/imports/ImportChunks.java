package id.slrt.intake.application.imports;

import id.slrt.core.csv.ImportFiles;
import id.slrt.core.csv.RejectReasons;
import id.slrt.core.error.FieldError;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.region.Regions;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.intake.domain.model.household.FamilyRule;
import id.slrt.intake.domain.model.household.FamilyRulesBroken;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.NameKey;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.Relationship;
import id.slrt.intake.domain.model.household.WelfareStatus;
import id.slrt.intake.domain.model.imports.ChunkResult;
import id.slrt.intake.domain.model.imports.DtksRow;
import id.slrt.intake.domain.model.imports.ImportJob;
import id.slrt.intake.domain.model.imports.ImportReject;
import id.slrt.intake.domain.model.imports.ImportRepository;
import id.slrt.intake.domain.model.imports.WelfareFacts;
import id.slrt.intake.domain.service.DtksFormat;
import id.slrt.intake.domain.service.HouseholdRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The transactions of an import, each its own: a job's state changes, and one chunk of rows with
 * the job's counters, so that what the job reports always agrees with what is stored and a chunk is
 * in completely or not at all.
 *
 * <p>Internal to the import: called by {@link ImportWorker} on a background thread that has no
 * caller to check roles against (the roles were checked when the file was taken, in {@link
 * DefaultImportService}). Not part of the module's api.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportChunks {
  @Inject ImportRepository imports;
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject Regions regions;

  @Inject Clock clock;

  public long create(String fileName, long bytes, String by) {
    ImportJob job = new ImportJob(fileName, bytes, clock.instant(), by);
    imports.store(job);
    return job.id();
  }

  /** The job as it stands now (read in a transaction of its own). */
  public ImportJob find(long jobId) {
    return job(jobId);
  }

  public void checking(long jobId, List<String> header) {
    job(jobId).checking(csv(header), clock.instant());
  }

  public void progress(long jobId, long bytes) {
    job(jobId).progress(bytes);
  }

  public void importing(long jobId) {
    job(jobId).importing();
  }

  public void done(long jobId) {
    job(jobId).done(clock.instant());
  }

  public void failed(long jobId, String key, Long line, String argument) {
    job(jobId).failed(key, line, argument, clock.instant());
  }

  /** The header row of a job's file, once it has been read. */
  public java.util.Optional<List<String>> header(long jobId) {
    return imports
        .find(jobId)
        .map(j -> j.header().map(DefaultImportService::fields).orElse(List.of()));
  }

  /** A page of a job's refused rows, those after line {@code afterLine}. */
  public List<ImportReject> rejects(long jobId, long afterLine, int max) {
    return imports.rejects(jobId, afterLine, max);
  }

  /** Refuses whole rows with one reason, when importing them failed for a reason not theirs. */
  public void reject(long jobId, List<RawRow> rows, String key, long bytesDone) {
    for (RawRow row : rows) {
      imports.storeReject(
          new ImportReject(
              jobId,
              row.line(),
              RejectReasons.write(List.of(FieldError.of(DtksFormat.NO_KK, key))),
              csv(row.fields())));
    }
    ImportJob job = lockedJob(jobId);
    job.count(new ChunkResult(rows.size(), rows.size(), 0, 0, 0, 0, 0, 0));
    job.progress(bytesDone);
  }

  /**
   * Imports a chunk of rows: households matched by No. KK, people by NIK (or, without one, by name
   * and birth date within the household). What already says the same is left untouched, so a file
   * imported twice changes nothing the second time.
   */
  public void importRows(
      long jobId, List<String> headerRow, List<RawRow> rows, String by, long bytesDone) {
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    DtksFormat format =
        new DtksFormat(new HouseholdRegistration(regions, tenant.regency(), tenant.name()));
    DtksFormat.Header header = DtksFormat.header(headerRow);
    Counter count = new Counter();
    count.read = rows.size();

    Map<NomorKk, List<Checked>> groups = new LinkedHashMap<>();
    for (RawRow raw : rows) {
      List<FieldError> errors = new ArrayList<>();
      DtksRow row = format.row(header, raw.fields(), raw.line(), today, errors);
      if (row == null) {
        reject(jobId, raw, errors, count);
      } else {
        groups.computeIfAbsent(row.kk(), k -> new ArrayList<>()).add(new Checked(raw, row));
      }
    }
    Map<NomorKk, Household> byKk = households.findByKks(groups.keySet());
    Set<Nik> niks = new HashSet<>();
    groups
        .values()
        .forEach(
            g ->
                g.forEach(
                    c -> {
                      if (c.row.member().nik() != null) {
                        niks.add(c.row.member().nik());
                      }
                    }));
    Map<Nik, Person> byNik = households.findPersons(niks);
    Map<Long, List<WelfareStatus>> welfare =
        households.welfareOf(byKk.values().stream().map(Household::id).toList());

    Map<Household, WelfareFacts> newWelfare = new LinkedHashMap<>();
    for (List<Checked> group : groups.values()) {
      Household household =
          importGroup(jobId, group, byKk.get(group.get(0).row.kk()), byNik, now, by, count);
      if (household == null) {
        continue;
      }
      WelfareFacts stated = group.get(0).row.welfare();
      if (stated != null
          && welfare.getOrDefault(household.id(), List.of()).stream().noneMatch(stated::sameAs)) {
        newWelfare.put(household, stated);
      }
    }
    households.flush();
    for (Map.Entry<Household, WelfareFacts> e : newWelfare.entrySet()) {
      WelfareFacts w = e.getValue();
      households.addWelfare(
          new WelfareStatus(
              e.getKey().id(),
              w.register(),
              w.registered(),
              w.desil(),
              w.source(),
              w.asOf(),
              today,
              now,
              by));
      count.welfare++;
    }
    ImportJob job = lockedJob(jobId);
    job.count(count.result());
    job.progress(bytesDone);
  }

  /**
   * One family card's rows: the household added or brought up to date. Returns the household, or
   * null when all its rows were refused.
   */
  private Household importGroup(
      long jobId,
      List<Checked> group,
      Household existing,
      Map<Nik, Person> byNik,
      Instant now,
      String by,
      Counter count) {
    DtksRow first = group.get(0).row;
    List<Checked> rows = new ArrayList<>();
    for (Checked c : group) {
      if (c.row.sameHouseholdAs(first)) {
        rows.add(c);
      } else {
        reject(
            jobId,
            c.raw,
            List.of(FieldError.of(DtksFormat.NO_KK, "import.householdDiffers", first.line())),
            count);
      }
    }
    Household household = existing;
    boolean householdChanged = false;
    boolean membersChanged = false;
    int imported = 0;
    Set<Nik> seen = new HashSet<>();
    if (household == null) {
      // a new family is registered with its first head row; its other rows join it below
      Checked head =
          rows.stream()
              .filter(c -> c.row.member().relationship() == Relationship.KEPALA_KELUARGA)
              .findFirst()
              .orElse(null);
      if (head == null) {
        rows.forEach(c -> reject(jobId, c.raw, refusal(FamilyRule.NO_HEAD), count));
        return null;
      }
      try {
        household =
            Household.register(
                Household.FamilyCard.of(first.kk()),
                first.address(),
                new Household.Headship(
                    first.femaleHeaded(), first.femaleHeadReason(), null, first.pekkaMember()),
                List.of(head.row.member()),
                now,
                by);
      } catch (FamilyRulesBroken e) {
        rows.forEach(c -> reject(jobId, c.raw, refusals(e), count));
        return null;
      }
      Person added = household.members().get(0);
      if (added.nik() != null) {
        byNik.put(added.nik(), added);
        seen.add(added.nik());
      }
      rows.remove(head);
      count.added++;
      imported++;
    } else if (!DtksRow.sameAddress(household.address(), first.address())
        || household.femaleHeaded() != first.femaleHeaded()
        || (first.femaleHeadReason() != null
            && household.femaleHeadReason().orElse(null) != first.femaleHeadReason())
        || (first.pekkaMember() && !household.pekkaMember())) {
      // what the file does not say (a reason, PEKKA membership, the woman named) stays as recorded
      Household.Headship before = household.headship();
      try {
        household.correct(
            first.address().withDusun(household.address().dusun()),
            new Household.Headship(
                first.femaleHeaded(),
                first.femaleHeadReason() != null ? first.femaleHeadReason() : before.reason(),
                before.woman(),
                first.pekkaMember() || before.pekkaMember()));
      } catch (FamilyRulesBroken e) {
        rows.forEach(c -> reject(jobId, c.raw, refusals(e), count));
        return null;
      }
      householdChanged = true;
    }

    for (Checked c : rows) {
      var facts = c.row.member();
      Nik nik = facts.nik();
      if (nik != null && !seen.add(nik)) {
        reject(
            jobId, c.raw, List.of(FieldError.of(DtksFormat.NIK, "nik.duplicateInRequest")), count);
        continue;
      }
      Person person =
          nik != null ? byNik.get(nik) : withoutNik(household, facts.name(), facts.birthDate());
      if (person != null && person.household() != household) {
        reject(
            jobId,
            c.raw,
            List.of(
                FieldError.of(
                    DtksFormat.NIK, "import.nikInOtherKk", person.household().kk().value())),
            count);
        continue;
      }
      try {
        if (person == null) {
          Person added = household.addMember(facts);
          if (nik != null) {
            byNik.put(nik, added);
          }
          count.added++;
          membersChanged = true;
        } else if (person.hasFacts(facts)) {
          count.unchanged++;
        } else {
          household.correctMember(person, facts);
          count.updated++;
          membersChanged = true;
        }
      } catch (FamilyRulesBroken e) {
        reject(jobId, c.raw, refusals(e), count);
        continue;
      }
      imported++;
    }
    if (existing == null) {
      if (imported == 0) {
        return null;
      }
      households.add(household);
      count.householdsAdded++;
    } else if (householdChanged || membersChanged) {
      household.changedAt(now);
      households.touch(household);
      count.householdsUpdated++;
    }
    return household;
  }

  /** A member without NIK is the same person when name (spelling-tolerant) and birth date agree. */
  private static Person withoutNik(Household household, String name, LocalDate birthDate) {
    if (household == null) {
      return null;
    }
    String key = NameKey.of(name);
    return household.members().stream()
        .filter(
            p ->
                p.nik() == null
                    && p.birthDate().equals(birthDate)
                    && Objects.equals(key, NameKey.of(p.name())))
        .findFirst()
        .orElse(null);
  }

  /** The family's rules as the import's columns name them. */
  private static List<FieldError> refusals(FamilyRulesBroken e) {
    return e.broken().stream()
        .map(b -> FieldError.of(column(b.rule()), b.rule().key(), b.arguments()))
        .toList();
  }

  private static List<FieldError> refusal(FamilyRule rule) {
    return List.of(FieldError.of(column(rule), rule.key()));
  }

  private static String column(FamilyRule rule) {
    return switch (rule.subject()) {
      case RELATIONSHIP -> DtksFormat.HUBUNGAN;
      case NIK -> DtksFormat.NIK;
      case FEMALE_HEAD -> DtksFormat.PEKKA;
      default -> DtksFormat.NO_KK;
    };
  }

  private void reject(long jobId, RawRow raw, List<FieldError> errors, Counter count) {
    imports.storeReject(
        new ImportReject(jobId, raw.line(), RejectReasons.write(errors), csv(raw.fields())));
    count.rejected++;
  }

  /** The job, locked: another chunk's transaction adds its counts after this one commits. */
  private ImportJob lockedJob(long id) {
    return imports
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("no import " + id));
  }

  private ImportJob job(long id) {
    return imports.find(id).orElseThrow(() -> new IllegalStateException("no import " + id));
  }

  static String csv(List<String> fields) {
    return ImportFiles.line(fields);
  }

  private record Checked(RawRow raw, DtksRow row) {}

  private static final class Counter {
    long read;
    long rejected;
    long added;
    long updated;
    long unchanged;
    long householdsAdded;
    long householdsUpdated;
    long welfare;

    ChunkResult result() {
      return new ChunkResult(
          read, rejected, added, updated, unchanged, householdsAdded, householdsUpdated, welfare);
    }
  }
}
