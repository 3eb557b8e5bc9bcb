package id.slrt.intake.application.imports;

import id.slrt.core.audit.Audited;
import id.slrt.core.csv.CsvReader;
import id.slrt.core.csv.CsvWriter;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.Messages;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.intake.api.ImportDetails;
import id.slrt.intake.api.ImportService;
import id.slrt.intake.api.RejectedRow;
import id.slrt.intake.domain.model.imports.ImportJob;
import id.slrt.intake.domain.model.imports.ImportReject;
import id.slrt.intake.domain.model.imports.ImportRepository;
import id.slrt.intake.domain.model.imports.ImportStatus;
import id.slrt.intake.domain.model.imports.RejectReasons;
import id.slrt.intake.domain.service.DtksFormat;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** DTKS/DTSEN imports of the current tenant, for the district's officers. */
@Stateless
@DeclareRoles({"ADMIN_KABUPATEN", "PETUGAS_PUSKESOS"})
@RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
public class DefaultImportService implements ImportService {
  private static final int MAX_FILE_NAME = 200;
  private static final int REJECTS_PER_READ = 1000;

  /** A job this young may not be in the queue yet; it is not taken for one a restart stopped. */
  private static final Duration SUBMITTING = Duration.ofMinutes(1);

  @Inject ImportRepository imports;
  @Inject Clock clock;
  @Inject ImportChunks chunks;
  @Inject ImportQueue queue;
  @Inject TenantContext tenants;
  @Inject CurrentUser currentUser;

  /** Copies the upload to the staging directory first: no job is created for a refused file. */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  @Audited("import.start")
  public ImportDetails start(String fileName, InputStream csv, Locale locale) throws IOException {
    Tenant tenant = tenants.require();
    Path dir = stagingDirectory(tenant);
    Path staged = Files.createTempFile(dir, "upload-", ".csv");
    boolean handedOver = false;
    try {
      long size = copy(csv, staged);
      FieldErrors errors = new FieldErrors();
      if (size == 0) {
        errors.add("file", "import.empty");
      } else if (size > MAX_BYTES) {
        errors.add("file", "import.tooLarge", MAX_BYTES / (1024 * 1024));
      }
      errors.throwIfAny();
      String by = currentUser.username();
      long id = chunks.create(fileName(fileName), size, by);
      Path file = dir.resolve(id + ".csv");
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
      queue.submit(tenant, id, file, by);
      handedOver = true;
      return details(chunks.find(id), locale);
    } finally {
      if (!handedOver) {
        Files.deleteIfExists(staged);
      }
    }
  }

  /** Copies at most one byte more than the limit, so that a huge upload is not stored whole. */
  private static long copy(InputStream in, Path to) throws IOException {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(to)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > MAX_BYTES) {
          return total;
        }
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private static String fileName(String raw) {
    String name = raw == null ? "" : raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "dtks.csv";
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }

  /** Each district's uploads in a directory of their own, under the server's domain. */
  private static Path stagingDirectory(Tenant tenant) throws IOException {
    String root =
        System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
    Path dir = Path.of(root, "slrt-imports", tenant.slug());
    Files.createDirectories(dir);
    return dir;
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
    List<String> columns = new ArrayList<>(header);
    columns.add("baris");
    columns.add("alasan");
    // the template's separator, so that the file opens in a spreadsheet, is fixed and goes back in
    CsvWriter csv = new CsvWriter(out, ';').row(columns);
    long after = 0;
    while (true) {
      List<ImportReject> page = chunks.rejects(id, after, REJECTS_PER_READ);
      for (ImportReject r : page) {
        List<Object> cells = new ArrayList<>(fields(r.raw()));
        while (cells.size() < header.size()) {
          cells.add("");
        }
        cells.add(r.line());
        cells.add(
            RejectReasons.read(r.reasons()).stream()
                .map(e -> e.field() + ": " + e.message(locale))
                .collect(Collectors.joining("; ")));
        csv.row(cells);
        after = r.line();
      }
      if (page.size() < REJECTS_PER_READ) {
        break;
      }
    }
    out.flush();
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
    try (CsvReader reader =
        new CsvReader(
            new ByteArrayInputStream(csvLine.getBytes(StandardCharsets.UTF_8)),
            DtksFormat.MAX_FIELD_CHARS,
            DtksFormat.MAX_FIELDS * 2)) {
      List<String> fields = reader.next();
      return fields == null ? List.of() : fields;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
                key -> {
                  String message =
                      j.failureArgument().isPresent()
                          ? Messages.get(locale, key, j.failureArgument().get())
                          : Messages.get(locale, key);
                  return j.failureLine().isPresent()
                      ? Messages.get(locale, "csv.line", j.failureLine().get()) + " " + message
                      : message;
                })
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
