package id.slrt.pkh.domain.model.imports;

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
 * One uploaded file of a district's existing KPM list and what importing it did. The file is read
 * once to count and check its rows, then imported row by row, each row in a transaction of its own;
 * the counters move with the rows, so the progress shown is the work done.
 */
@Entity
@Table(name = "pkh_kpm_import")
public class KpmImport {
  private static final int MAX_ARGUMENT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private KpmImportStatus status;

  /** The file's header row, as CSV: the columns of the refused rows. */
  @Column(name = "header")
  private String header;

  @Column(name = "rows_total", nullable = false)
  private long rowsTotal;

  @Column(name = "rows_done", nullable = false)
  private long rowsDone;

  @Column(name = "rows_rejected", nullable = false)
  private long rowsRejected;

  @Column(name = "kpm_added", nullable = false)
  private long kpmAdded;

  @Column(name = "kpm_unchanged", nullable = false)
  private long kpmUnchanged;

  @Column(name = "families_registered", nullable = false)
  private long familiesRegistered;

  @Column(name = "failure_key", length = 100)
  private String failureKey;

  @Column(name = "failure_line")
  private Long failureLine;

  @Column(name = "failure_argument", length = MAX_ARGUMENT)
  private String failureArgument;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected KpmImport() {}

  public KpmImport(String fileName, Instant createdAt, String createdBy) {
    this.fileName = fileName;
    this.status = KpmImportStatus.ANTRE;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void checking(String headerRow, Instant at) {
    header = headerRow;
    status = KpmImportStatus.MEMERIKSA;
    startedAt = at;
  }

  /** The file is sound: its {@code rows} are imported now. */
  public void importing(long rows) {
    status = KpmImportStatus.MENGIMPOR;
    rowsTotal = rows;
  }

  /** Adds what a run of rows did. */
  public void count(RowCounts c) {
    rowsDone += c.done();
    rowsRejected += c.rejected();
    kpmAdded += c.added();
    kpmUnchanged += c.unchanged();
    familiesRegistered += c.familiesRegistered();
  }

  public void done(Instant at) {
    status = KpmImportStatus.SELESAI;
    finishedAt = at;
  }

  /**
   * Stops the import: the message key says why, with the file's line to blame (or null) and one
   * argument for the message.
   */
  public void failed(String key, Long line, String argument, Instant at) {
    status = KpmImportStatus.GAGAL;
    failureKey = key;
    failureLine = line;
    failureArgument =
        argument == null || argument.length() <= MAX_ARGUMENT
            ? argument
            : argument.substring(0, MAX_ARGUMENT);
    finishedAt = at;
  }

  /** How far the work is, 0-100: the rows imported of those the file holds. */
  public int percent() {
    if (status == KpmImportStatus.SELESAI) {
      return 100;
    }
    return rowsTotal == 0 ? 0 : (int) Math.min(100, rowsDone * 100 / rowsTotal);
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public KpmImportStatus status() {
    return status;
  }

  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  public long rowsTotal() {
    return rowsTotal;
  }

  public long rowsDone() {
    return rowsDone;
  }

  public long rowsRejected() {
    return rowsRejected;
  }

  public long kpmAdded() {
    return kpmAdded;
  }

  public long kpmUnchanged() {
    return kpmUnchanged;
  }

  public long familiesRegistered() {
    return familiesRegistered;
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

  /** What a run of rows did; counted into the job in the transaction that stores its refusals. */
  public record RowCounts(
      long done, long rejected, long added, long unchanged, long familiesRegistered) {}
}
