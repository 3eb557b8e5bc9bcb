package id.slrt.intake.application.imports;

import id.slrt.core.audit.Audited;
import id.slrt.core.csv.ImportFiles;
import id.slrt.core.csv.RejectReasons;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.upload.Staging;
import id.slrt.intake.api.ImportDetails;
import id.slrt.intake.api.ImportService;
import id.slrt.intake.api.RejectedRow;
import id.slrt.intake.domain.model.imports.ImportJob;
import id.slrt.intake.domain.model.imports.ImportReject;
import id.slrt.intake.domain.model.imports.ImportRepository;
import id.slrt.intake.domain.model.imports.ImportStatus;
import id.slrt.intake.domain.service.DtksFormat;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** DTKS/DTSEN imports of the current tenant, for the district's officers. */
@Stateless
@DeclareRoles({"ADMIN_KABUPATEN", "PETUGAS_PUSKESOS"})
@RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
public class DefaultImportService implements ImportService {

  /** A job this young may not be in the queue yet; it is not taken for one a restart stopped. */
  private static final Duration SUBMITTING = Duration.ofMinutes(1);

  @Inject ImportRepository imports;
  @Inject Clock clock;
  @Inject ImportChunks chunks;
  @Inject ImportQueue queue;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;

  /** The upload is staged first: no job is created for a refused file. */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited("import.start")
  public ImportDetails start(String fileName, InputStream csv, Locale locale) throws IOException {
    Tenant tenant = tenants.require();
    String by = currentUser.username();
    long id =
        Staging.take(
            tenant,
            "dtks",
            csv,
            MAX_BYTES,
            size -> chunks.create(Staging.fileName(fileName, "dtks.csv"), size, by),
            (job, file) -> queue.submit(tenant, job, file, by));
    return details(chunks.find(id), locale);
  }

  @Override
  public ImportDetails get(long id, Locale locale) {
    return details(job(id), locale);
  }

  @Override
  public Page<ImportDetails> list(PageRequest page, Locale locale) {
    List<ImportDetails> items = imports.list(page).stream().map(j -> details(j, locale)).toList();
    return new Page<>(items, page.page(), page.size(), imports.count());
  }

  @Override
  public Page<RejectedRow> rejects(long id, PageRequest page, Locale locale) {
    ImportJob job = job(id);
    List<String> header = header(job);
    List<RejectedRow> items =
        imports.rejects(id, page).stream().map(r -> rejected(r, header, locale)).toList();
    return new Page<>(items, page.page(), page.size(), imports.countRejects(id));
  }

  /** Reads the refused rows a thousand at a time, each read its own transaction. */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited("import.rejectsExport")
  public void writeRejects(long id, Writer out, Locale locale) throws IOException {
    List<String> header =
        chunks.header(id).orElseThrow(() -> new NotFoundException("import.notFound"));
    ImportFiles.writeRejects(
        out,
        header,
        (after, max) ->
            chunks.rejects(id, after, max).stream()
                .map(r -> new ImportFiles.Rejected(r.line(), r.raw(), r.reasons()))
                .toList(),
        locale,
        DtksFormat.MAX_FIELD_CHARS,
        DtksFormat.MAX_FIELDS * 2);
  }

  private ImportJob job(long id) {
    ImportJob job = imports.find(id).orElseThrow(() -> new NotFoundException("import.notFound"));
    Tenant tenant = tenants.require();
    if (job.status().isRunning()
        && !queue.isActive(tenant, id)
        && job.createdAt().isBefore(clock.instant().minus(SUBMITTING))) {
      // queued or running in a server that has since stopped: what was imported stays, and
      // importing the same file again finishes the work
      job.failed("import.interrupted", null, null, clock.instant());
    }
    return job;
  }

  private static List<String> header(ImportJob job) {
    return job.header().map(DefaultImportService::fields).orElse(List.of());
  }

  static List<String> fields(String csvLine) {
    return ImportFiles.fields(csvLine, DtksFormat.MAX_FIELD_CHARS, DtksFormat.MAX_FIELDS * 2);
  }

  private static RejectedRow rejected(ImportReject r, List<String> header, Locale locale) {
    List<String> fields = fields(r.raw());
    String kk = null;
    String nik = null;
    String name = null;
    if (!header.isEmpty()) {
      DtksFormat.Header columns = DtksFormat.header(header);
      kk = columns.get(fields, DtksFormat.NO_KK);
      nik = columns.get(fields, DtksFormat.NIK);
      name = columns.get(fields, DtksFormat.NAMA);
    }
    List<RejectedRow.Reason> reasons = new ArrayList<>();
    for (FieldError e : RejectReasons.read(r.reasons())) {
      reasons.add(new RejectedRow.Reason(e.field(), e.message(locale)));
    }
    return new RejectedRow(r.line(), kk, nik, name, reasons);
  }

  private static ImportDetails details(ImportJob j, Locale locale) {
    int percent =
        j.status() == ImportStatus.SELESAI
            ? 100
            : j.bytesTotal() == 0 ? 0 : (int) Math.min(100, j.bytesDone() * 100 / j.bytesTotal());
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
    return new ImportDetails(
        j.id(),
        j.fileName(),
        j.status().name(),
        percent,
        j.bytesTotal(),
        j.rowsRead(),
        j.rowsRejected(),
        j.personsAdded(),
        j.personsUpdated(),
        j.personsUnchanged(),
        j.householdsAdded(),
        j.householdsUpdated(),
        j.welfareAdded(),
        failure,
        j.createdAt(),
        j.createdBy(),
        j.startedAt().orElse(null),
        j.finishedAt().orElse(null));
  }
}
