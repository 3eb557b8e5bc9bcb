package id.slrt.pkh.application.imports;

import id.slrt.core.audit.Audited;
import id.slrt.core.csv.ImportFiles;
import id.slrt.core.csv.RejectReasons;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.upload.Staging;
import id.slrt.pkh.api.KpmImportDetails;
import id.slrt.pkh.api.KpmImportService;
import id.slrt.pkh.api.KpmRejectedRow;
import id.slrt.pkh.domain.model.imports.KpmImport;
import id.slrt.pkh.domain.model.imports.KpmImportReject;
import id.slrt.pkh.domain.model.imports.KpmRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports of the existing KPM list, for the district office and PKH coordinators. The admin sees
 * every import; a coordinator sees their own, since the refused rows of another's may name families
 * outside their place.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.KOORDINATOR_PKH})
public class DefaultKpmImportService implements KpmImportService {

  /** A job this young may not be in the queue yet; it is not taken for one a restart stopped. */
  private static final Duration SUBMITTING = Duration.ofMinutes(1);

  @Inject @TenantDb EntityManager em;
  @Inject KpmImportSteps steps;
  @Inject KpmImportQueue queue;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;
  @Inject AccessPolicy access;
  @Inject Clock clock;

  @Override
  public List<String> columns() {
    return KpmRow.COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return KpmRow.REQUIRED;
  }

  /** The upload is staged first: no job is created for a refused file. */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited("pkh.kpmImport.start")
  public KpmImportDetails start(String fileName, InputStream csv, Locale locale)
      throws IOException {
    Tenant tenant = tenants.require();
    PkhScope scope = access.pkhScope();
    long id =
        Staging.take(
            tenant,
            "kpm",
            csv,
            MAX_BYTES,
            size -> steps.create(Staging.fileName(fileName, "kpm.csv"), currentUser.username()),
            (job, file) -> queue.submit(tenant, job, file, scope));
    return details(steps.find(id).orElseThrow(), locale);
  }

  @Override
  public KpmImportDetails get(long id, Locale locale) {
    return details(job(id), locale);
  }

  @Override
  public Page<KpmImportDetails> list(PageRequest page, Locale locale) {
    String mine = mineOnly() ? " WHERE j.createdBy = :by" : "";
    TypedQuery<KpmImport> rows =
        em.createQuery("SELECT j FROM KpmImport j" + mine + " ORDER BY j.id DESC", KpmImport.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(j) FROM KpmImport j" + mine, Long.class);
    if (mineOnly()) {
      rows.setParameter("by", currentUser.username());
      count.setParameter("by", currentUser.username());
    }
    List<KpmImportDetails> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(j -> details(j, locale))
            .toList();
    return new Page<>(items, page.page(), page.size(), count.getSingleResult());
  }

  @Override
  public Page<KpmRejectedRow> rejects(long id, PageRequest page, Locale locale) {
    KpmImport job = job(id);
    KpmRow.Header header = job.header().map(h -> KpmRow.header(fields(h))).orElse(null);
    List<KpmRejectedRow> items =
        em
            .createQuery(
                "SELECT r FROM KpmImportReject r WHERE r.jobId = :j ORDER BY r.line",
                KpmImportReject.class)
            .setParameter("j", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(r -> rejected(r, header, locale))
            .toList();
    long total =
        em.createQuery("SELECT COUNT(r) FROM KpmImportReject r WHERE r.jobId = :j", Long.class)
            .setParameter("j", id)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Reads the refused rows a thousand at a time, each read its own transaction. */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited("pkh.kpmImport.rejectsExport")
  public void writeRejects(long id, Writer out, Locale locale) throws IOException {
    // no transaction here: the job is read in one of its own, and the rows a page at a time
    List<String> header =
        steps
            .find(id)
            .filter(this::visible)
            .orElseThrow(() -> new NotFoundException("import.notFound"))
            .header()
            .map(DefaultKpmImportService::fields)
            .orElse(List.of());
    ImportFiles.writeRejects(
        out,
        header,
        (after, max) ->
            steps.rejects(id, after, max).stream()
                .map(r -> new ImportFiles.Rejected(r.line(), r.raw(), r.reasons()))
                .toList(),
        locale,
        KpmRow.MAX_FIELD_CHARS,
        KpmRow.MAX_FIELDS * 2);
  }

  private boolean mineOnly() {
    return !access.mayAdministerDistrict();
  }

  /** Whether the caller sees the job: the admin every one, a coordinator their own. */
  private boolean visible(KpmImport job) {
    return !mineOnly() || job.createdBy().equals(currentUser.username());
  }

  /** The job, if the caller sees it; one that a restart stopped is marked so. */
  private KpmImport job(long id) {
    KpmImport job = em.find(KpmImport.class, id);
    if (job == null || !visible(job)) {
      throw new NotFoundException("import.notFound");
    }
    if (job.status().isRunning()
        && !queue.isActive(tenants.require(), id)
        && job.createdAt().isBefore(clock.instant().minus(SUBMITTING))) {
      // what was imported stays; importing the same file again finishes the work
      job.failed("import.interrupted", null, null, clock.instant());
    }
    return job;
  }

  static List<String> fields(String csvLine) {
    return ImportFiles.fields(csvLine, KpmRow.MAX_FIELD_CHARS, KpmRow.MAX_FIELDS * 2);
  }

  private static KpmRejectedRow rejected(KpmImportReject r, KpmRow.Header header, Locale locale) {
    List<String> fields = fields(r.raw());
    List<KpmRejectedRow.ColumnReason> reasons = new ArrayList<>();
    for (FieldError e : RejectReasons.read(r.reasons())) {
      reasons.add(new KpmRejectedRow.ColumnReason(e.field(), e.message(locale)));
    }
    return new KpmRejectedRow(
        r.line(),
        header == null ? null : header.get(fields, KpmRow.NOMOR_PESERTA),
        header == null ? null : header.get(fields, KpmRow.NIK_PENGURUS),
        header == null ? null : header.get(fields, KpmRow.NAMA_PENGURUS),
        reasons);
  }

  private static KpmImportDetails details(KpmImport j, Locale locale) {
    String failure =
        j.failureKey()
            .map(
                key ->
                    ImportFiles.failure(
                        locale,
                        key,
                        j.failureArgument().orElse(null),
                        j.failureLine().orElse(null)))
            .orElse(null);
    return new KpmImportDetails(
        j.id(),
        j.fileName(),
        j.status().name(),
        j.percent(),
        j.rowsTotal(),
        j.rowsDone(),
        j.rowsRejected(),
        j.kpmAdded(),
        j.kpmUnchanged(),
        j.familiesRegistered(),
        failure,
        j.createdAt(),
        j.createdBy(),
        j.startedAt().orElse(null),
        j.finishedAt().orElse(null));
  }
}
