package id.slrt.intake.application.imports;

import id.slrt.core.csv.CsvFormatException;
import id.slrt.core.csv.CsvReader;
import id.slrt.core.tenancy.Tenant;
import id.slrt.intake.domain.service.DtksFormat;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import on a background thread: reads the whole file once to refuse it before anything is
 * written if it is not sound CSV with the format's columns, then reads it again and imports it in
 * chunks of about {@value #CHUNK_ROWS} rows, each chunk in its own transaction. Memory stays the
 * same whatever the file's length. A district's imports run one after another.
 *
 * <p>Up to {@value #IN_FLIGHT} chunks are imported at once, on threads of their own, so that the
 * database works on one chunk while the server prepares the other (one at a time, the two cores
 * were each half idle). A chunk that names a family card or a NIK of a chunk still running waits
 * until that one has committed: chunks that share none of these read and write none of the same
 * rows, so the result is the one a single thread reading the file in order would give.
 */
@ApplicationScoped
public class ImportWorker {
  static final int CHUNK_ROWS = 500;
  static final int IN_FLIGHT = 2;
  private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());
  private static final long PROGRESS_EVERY_MILLIS = 1000;

  @Inject ImportChunks chunks;
  @Resource ManagedThreadFactory threads;

  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  /**
   * Imports the staged file of a job, then deletes the file. Runs inside {@link
   * id.slrt.core.tenancy.TenantRunner}, which has entered the district; {@code inDistrict} runs a
   * task the same way on another thread (for the chunks imported alongside).
   */
  public void run(Tenant tenant, long jobId, Path file, String by, Consumer<Runnable> inDistrict) {
    ReentrantLock lock = locks.computeIfAbsent(tenant.slug(), s -> new ReentrantLock());
    lock.lock();
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT, threads);
    Chunks running = new Chunks(pool, inDistrict);
    try {
      process(jobId, file, by, running);
    } catch (RuntimeException | IOException e) {
      running.drain(); // a chunk still running ends before the job is marked stopped
      LOG.log(Level.WARNING, "Import " + jobId + " of " + tenant.slug() + " stopped", e);
      try {
        chunks.failed(jobId, "import.stopped", null, null);
      } catch (RuntimeException again) {
        LOG.log(Level.WARNING, "Could not record that import " + jobId + " stopped", again);
      }
    } finally {
      pool.shutdown();
      lock.unlock();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not delete the staged import file " + file, e);
      }
    }
  }

  private void process(long jobId, Path file, String by, Chunks running) throws IOException {
    char delimiter = CsvReader.delimiterOf(file);
    List<String> header;
    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        CsvReader reader =
            new CsvReader(in, delimiter, DtksFormat.MAX_FIELD_CHARS, DtksFormat.MAX_FIELDS)) {
      header = reader.next();
      if (header == null) {
        chunks.failed(jobId, "import.empty", null, null);
        return;
      }
      DtksFormat.header(header);
      chunks.checking(jobId, header);
      long rows = 0;
      long reported = System.currentTimeMillis();
      while (reader.next() != null) {
        rows++;
        if (System.currentTimeMillis() - reported > PROGRESS_EVERY_MILLIS) {
          chunks.progress(jobId, in.count());
          reported = System.currentTimeMillis();
        }
      }
      if (rows == 0) {
        chunks.failed(jobId, "import.noRows", null, null);
        return;
      }
    } catch (CsvFormatException e) {
      Object[] args = e.arguments();
      chunks.failed(
          jobId, e.messageKey(), e.line(), args.length == 0 ? null : String.valueOf(args[0]));
      return;
    }

    chunks.importing(jobId);
    try (CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        CsvReader reader =
            new CsvReader(in, delimiter, DtksFormat.MAX_FIELD_CHARS, DtksFormat.MAX_FIELDS)) {
      reader.next(); // the header, checked above
      DtksFormat.Header columns = DtksFormat.header(header);
      List<RawRow> chunk = new ArrayList<>(CHUNK_ROWS + 32);
      String lastKk = null;
      List<String> record;
      while ((record = reader.next()) != null) {
        String kk = columns.get(record, DtksFormat.NO_KK);
        kk = kk == null ? "" : kk.strip();
        // a chunk ends between two family cards, so that a household's rows are imported together
        boolean full = chunk.size() >= CHUNK_ROWS && !kk.equals(lastKk);
        if (full || chunk.size() >= CHUNK_ROWS * 4) {
          submit(running, columns, jobId, header, chunk, by, in.count());
          chunk = new ArrayList<>(CHUNK_ROWS + 32);
        }
        chunk.add(new RawRow(reader.recordLine(), record));
        lastKk = kk;
      }
      if (!chunk.isEmpty()) {
        submit(running, columns, jobId, header, chunk, by, in.count());
      }
      running.awaitAll();
    }
    chunks.done(jobId);
  }

  private void submit(
      Chunks running,
      DtksFormat.Header columns,
      long jobId,
      List<String> header,
      List<RawRow> rows,
      String by,
      long bytes) {
    running.submit(keys(columns, rows), () -> importChunk(jobId, header, rows, by, bytes));
  }

  /**
   * The family cards and NIKs a chunk names, as they will be matched (surrounding blanks aside).
   */
  private static Set<String> keys(DtksFormat.Header columns, List<RawRow> rows) {
    Set<String> keys = new HashSet<>();
    for (RawRow row : rows) {
      String kk = columns.get(row.fields(), DtksFormat.NO_KK);
      if (kk != null && !kk.isBlank()) {
        keys.add("kk " + kk.strip());
      }
      String nik = columns.get(row.fields(), DtksFormat.NIK);
      if (nik != null && !nik.isBlank()) {
        keys.add("nik " + nik.strip());
      }
    }
    return keys;
  }

  /**
   * The chunks being imported: at most {@value #IN_FLIGHT}, none sharing a key with another. A
   * chunk's failure (other than its rows being refused, which the chunk records itself) stops the
   * import.
   */
  private static final class Chunks {
    private final ExecutorService pool;
    private final Consumer<Runnable> inDistrict;
    private final ArrayDeque<Running> running = new ArrayDeque<>();

    Chunks(ExecutorService pool, Consumer<Runnable> inDistrict) {
      this.pool = pool;
      this.inDistrict = inDistrict;
    }

    void submit(Set<String> keys, Runnable work) {
      while (!running.isEmpty()
          && (running.size() >= IN_FLIGHT
              || running.stream().anyMatch(r -> !Collections.disjoint(r.keys, keys)))) {
        await(running.removeFirst());
      }
      running.addLast(new Running(keys, pool.submit(() -> inDistrict.accept(work))));
    }

    void awaitAll() {
      while (!running.isEmpty()) {
        await(running.removeFirst());
      }
    }

    /** Waits for the chunks still running, whatever becomes of them. */
    void drain() {
      while (!running.isEmpty()) {
        try {
          await(running.removeFirst());
        } catch (RuntimeException e) {
          LOG.log(Level.FINE, "A chunk of a stopped import failed too", e);
        }
      }
    }

    private static void await(Running r) {
      try {
        r.done.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Import interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re
            ? re
            : new IllegalStateException(e.getCause());
      }
    }

    private record Running(Set<String> keys, Future<?> done) {}
  }

  /**
   * Imports a chunk; should it fail as a whole (an officer changed one of its households at the
   * same moment, say), each family card's rows are tried alone, and those that fail again are
   * refused with a reason that says to import the file again.
   */
  private void importChunk(
      long jobId, List<String> header, List<RawRow> chunk, String by, long bytes) {
    try {
      chunks.importRows(jobId, header, chunk, by, bytes);
    } catch (RuntimeException e) {
      LOG.log(
          Level.FINE, "Chunk of import " + jobId + " failed; trying its households one by one", e);
      DtksFormat.Header columns = DtksFormat.header(header);
      List<RawRow> group = new ArrayList<>();
      String kk = null;
      for (RawRow row : chunk) {
        String rowKk = columns.get(row.fields(), DtksFormat.NO_KK);
        if (!group.isEmpty() && !java.util.Objects.equals(rowKk, kk)) {
          importAlone(jobId, header, group, by, bytes);
          group = new ArrayList<>();
        }
        group.add(row);
        kk = rowKk;
      }
      importAlone(jobId, header, group, by, bytes);
    }
  }

  private void importAlone(
      long jobId, List<String> header, List<RawRow> group, String by, long bytes) {
    try {
      chunks.importRows(jobId, header, group, by, bytes);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Rows of import " + jobId + " from line " + group.get(0).line() + " failed",
          e);
      chunks.reject(jobId, group, "import.rowFailed", bytes);
    }
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
