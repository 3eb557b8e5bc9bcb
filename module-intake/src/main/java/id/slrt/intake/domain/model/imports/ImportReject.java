package id.slrt.intake.domain.model.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row an import refused: its line in the file, the row as it was (CSV, so that the officer can
 * fix and upload it again) and the reasons, each a column and a message key with arguments (kept as
 * keys so that they are shown in the reader's language).
 */
@Entity
@Table(name = "import_reject")
public class ImportReject {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_id", nullable = false)
  private long jobId;

  @Column(name = "line", nullable = false)
  private long line;

  @Column(name = "reasons", nullable = false)
  private String reasons;

  @Column(name = "raw", nullable = false)
  private String raw;

  protected ImportReject() {}

  public ImportReject(long jobId, long line, String reasons, String raw) {
    this.jobId = jobId;
    this.line = line;
    this.reasons = reasons;
    this.raw = raw;
  }

  public Long id() {
    return id;
  }

  public long jobId() {
    return jobId;
  }

  public long line() {
    return line;
  }

  /** The reasons as {@link id.slrt.core.csv.RejectReasons} wrote them. */
  public String reasons() {
    return reasons;
  }

  public String raw() {
    return raw;
  }
}
