package id.slrt.intake.domain.model.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One uploaded DTKS/DTSEN file and what importing it did. Its counters move with every chunk of
 * rows, in the chunk's own transaction, so they always agree with what is in the database.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private ImportStatus status;

  /**
   * The file's header row, as CSV: the columns of the refused rows kept in {@link ImportReject}.
   */
  @Column(name = "header")
  private String header;

  @Column(name = "bytes_total", nullable = false)
  private long bytesTotal;

  @Column(name = "bytes_done", nullable = false)
  private long bytesDone;

  @Column(name = "rows_read", nullable = false)
  private long rowsRead;

  @Column(name = "rows_rejected", nullable = false)
  private long rowsRejected;

  @Column(name = "persons_added", nullable = false)
  private long personsAdded;

  @Column(name = "persons_updated", nullable = false)
  private long personsUpdated;

  @Column(name = "persons_unchanged", nullable = false)
  private long personsUnchanged;

  @Column(name = "households_added", nullable = false)
  private long householdsAdded;

  @Column(name = "households_updated", nullable = false)
  private long householdsUpdated;

  @Column(name = "welfare_added", nullable = false)
  private long welfareAdded;

  @Column(name = "failure_key", length = 100)
  private String failureKey;

  @Column(name = "failure_line")
  private Long failureLine;

  @Column(name = "failure_argument", length = 500)
  private String failureArgument;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  public ImportJob(String fileName, long bytesTotal, Instant createdAt, String createdBy) {
    this.fileName = fileName;
    this.bytesTotal = bytesTotal;
    this.status = ImportStatus.ANTRE;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void checking(String headerRow, Instant at) {
    header = headerRow;
    status = ImportStatus.MEMERIKSA;
    startedAt = at;
    bytesDone = 0;
  }

  public void importing() {
    status = ImportStatus.MENGIMPOR;
    bytesDone = 0;
  }

  /** How far into the file the work has got; never goes back within a phase. */
  public void progress(long bytes) {
    bytesDone = Math.max(bytesDone, Math.min(bytes, bytesTotal));
  }

  /** Adds what one chunk of rows did. */
  public void count(ChunkResult r) {
    rowsRead += r.rowsRead();
    rowsRejected += r.rowsRejected();
    personsAdded += r.personsAdded();
    personsUpdated += r.personsUpdated();
    personsUnchanged += r.personsUnchanged();
    householdsAdded += r.householdsAdded();
    householdsUpdated += r.householdsUpdated();
    welfareAdded += r.welfareAdded();
  }

  public void done(Instant at) {
    status = ImportStatus.SELESAI;
    bytesDone = bytesTotal;
    finishedAt = at;
  }

  /**
   * Stops the import: the message key says why, with the line of the file where that was found
   * (null when no line is to blame) and one argument for the message.
   */
  public void failed(String key, Long line, String argument, Instant at) {
    status = ImportStatus.GAGAL;
    failureKey = key;
    failureLine = line;
    failureArgument =
        argument == null || argument.length() <= 500 ? argument : argument.substring(0, 500);
    finishedAt = at;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  public ImportStatus status() {
    return status;
  }

  public long bytesTotal() {
    return bytesTotal;
  }

  public long bytesDone() {
    return bytesDone;
  }

  public long rowsRead() {
    return rowsRead;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  public long personsAdded() {
    return personsAdded;
  }

  public long personsUpdated() {
    return personsUpdated;
  }

  public long personsUnchanged() {
    return personsUnchanged;
  }

  public long householdsAdded() {
    return householdsAdded;
  }

  public long householdsUpdated() {
    return householdsUpdated;
  }

  public long welfareAdded() {
    return welfareAdded;
  }

  public Optional<String> failureKey() {
    return Optional.ofNullable(failureKey);
  }

  public Optional<Long> failureLine() {
    return Optional.ofNullable(failureLine);
  }

  public Optional<String> failureArgument() {
    return Optional.ofNullable(failureArgument);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
