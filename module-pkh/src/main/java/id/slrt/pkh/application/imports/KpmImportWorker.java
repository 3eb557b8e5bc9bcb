package id.slrt.pkh.application.imports;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.csv.CsvReader;
import id.slrt.core.error.FieldError;
import id.slrt.core.security.PkhScope;
import id.slrt.core.tenancy.Tenant;
import id.slrt.pkh.domain.model.imports.KpmImport.RowCounts;
import id.slrt.pkh.domain.model.imports.KpmRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one KPM import on a background thread: reads the file once to count its rows and refuse it,
 * before anything is written, if it is not sound CSV with the format's columns; then imports it row
 * by row, each row in a transaction of its own (so one refused row leaves the others in), and
 * writes the counts and refusals at least every {@value #PROGRESS_EVERY_ROWS} rows or second. A
 * district's KPM imports run one after another.
 */
@ApplicationScoped
public class KpmImportWorker {
  static final int PROGRESS_EVERY_ROWS = 50;
  private static final long PROGRESS_EVERY_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(KpmImportWorker.class.getName());

  @Inject KpmImportSteps steps;

  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  /** Imports the staged file of a job, then deletes the file. */
  public void run(Tenant tenant, long jobId, Path file, PkhScope scope) {
    ReentrantLock lock = locks.computeIfAbsent(tenant.slug(), s -> new ReentrantLock());
    lock.lock();
    try {
      process(jobId, file, scope);
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "KPM import " + jobId + " of " + tenant.slug() + " stopped", e);
      try {
        steps.failed(jobId, "import.stopped", null, null);
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "Could not record that KPM import " + jobId + " stopped", again);
      }
    } finally {
      lock.unlock();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete the staged KPM import " + file, e);
      }
    }
  }

  private void process(long jobId, Path file, PkhScope scope) throws IOException {
    char delimiter = CsvReader.delimiterOf(file);
    List<String> header;
    long rows = 0;
    try (CsvReader reader = reader(file, delimiter)) {
      header = reader.next();
      if (header == null) {
        steps.failed(jobId, "import.empty", null, null);
        return;
      }
      KpmRow.header(header);
      steps.checking(jobId, header);
      while (reader.next() != null) {
        rows++;
      }
    } catch (CsvFormatException e) {
      Object[] args = e.arguments();
      steps.failed(
          jobId, e.messageKey(), e.line(), args.length == 0 ? null : String.valueOf(args[0]));
      return;
    }
    if (rows == 0) {
      steps.failed(jobId, "import.noRows", null, null);
      return;
    }
    steps.importing(jobId, rows);
    try (CsvReader reader = reader(file, delimiter)) {
      KpmRow.Header columns = KpmRow.header(reader.next());
      Batch batch = new Batch();
      List<String> record;
      while ((record = reader.next()) != null) {
        long line = reader.recordLine();
        try {
          switch (steps.importRow(columns, record, line, scope)) {
            case ADDED -> batch.added++;
            case ADDED_WITH_FAMILY -> {
              batch.added++;
              batch.families++;
            }
            case UNCHANGED -> batch.unchanged++;
          }
        } catch (RowRefused e) {
          batch.refuse(line, record, e.errors());
        } catch (RuntimeException e) {
          // not the row's fault (its transaction failed): the row is refused, the others go on
          LOG.log(Level.WARNING, "KPM import " + jobId + ", line " + line + " failed", e);
          batch.refuse(
              line, record, List.of(FieldError.of(KpmRow.NOMOR_PESERTA, "import.rowFailed")));
        }
        batch.done++;
        if (batch.due()) {
          steps.progress(jobId, batch.counts(), batch.rejects);
          batch = new Batch();
        }
      }
      steps.progress(jobId, batch.counts(), batch.rejects);
    }
    steps.done(jobId);
  }

  private static CsvReader reader(Path file, char delimiter) throws IOException {
    return new CsvReader(
        Files.newInputStream(file), delimiter, KpmRow.MAX_FIELD_CHARS, KpmRow.MAX_FIELDS);
  }

  /** The rows done since the last progress written. */
  private static final class Batch {
    final long started = System.currentTimeMillis();
    final List<KpmImportSteps.Refusal> rejects = new ArrayList<>();
    long done;
    long added;
    long unchanged;
    long families;

    void refuse(long line, List<String> record, List<FieldError> errors) {
      rejects.add(new KpmImportSteps.Refusal(line, record, errors));
    }

    boolean due() {
      return done >= PROGRESS_EVERY_ROWS
          || System.currentTimeMillis() - started > PROGRESS_EVERY_MILLIS;
    }

    RowCounts counts() {
      return new RowCounts(done, rejects.size(), added, unchanged, families);
    }
  }
}
