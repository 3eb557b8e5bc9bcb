package id.slrt.pkh.domain.model.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row a KPM import refused: its line, the row as it was (CSV, to fix and upload again) and the
 * reasons as {@link id.slrt.core.csv.RejectReasons} wrote them (message keys, so that they are
 * shown in the reader's language).
 */
@Entity
@Table(name = "pkh_kpm_import_reject")
public class KpmImportReject {
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

  protected KpmImportReject() {}

  public KpmImportReject(long jobId, long line, String reasons, String raw) {
    this.jobId = jobId;
    this.line = line;
    this.reasons = reasons;
    this.raw = raw;
  }

  public long line() {
    return line;
  }

  public String reasons() {
    return reasons;
  }

  public String raw() {
    return raw;
  }
}
