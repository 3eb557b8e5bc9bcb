package id.slrt.pkh.domain.model.p2k2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One KPM's attendance in a session log. */
@Embeddable
public class Attendance {
  @Column(name = "kpm_id", nullable = false)
  private long kpmId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private AttendanceStatus status;

  protected Attendance() {}

  public Attendance(long kpmId, AttendanceStatus status) {
    this.kpmId = kpmId;
    this.status = Objects.requireNonNull(status);
  }

  public long kpmId() {
    return kpmId;
  }

  public AttendanceStatus status() {
    return status;
  }
}
