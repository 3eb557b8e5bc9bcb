package id.slrt.pkh.domain.model.p2k2;

import id.slrt.core.error.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A P2K2 session held by a group, as a facilitator's phone logged it: module, session within the
 * module, day, place, notes and each KPM's attendance. The phone's own id ({@code clientId}) makes
 * its sending idempotent; a second, different log of the same group, module and session is kept as
 * a {@link LogState#KONFLIK conflict} for the facilitator to decide, never merged or overwritten.
 */
@Entity
@Table(name = "p2k2_session_log")
public class SessionLog {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, unique = true, length = 36)
  private String clientId;

  @Column(name = "group_code", nullable = false, length = 40)
  private String groupCode;

  @Column(name = "module_code", nullable = false, length = 20)
  private String moduleCode;

  @Column(name = "session_no", nullable = false)
  private int sessionNo;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "place", length = 200)
  private String place;

  @Column(name = "notes", length = 2000)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private LogState state;

  /** The log that counts, which this one conflicts with. */
  @Column(name = "conflict_of")
  private Long conflictOf;

  @Column(name = "logged_by", nullable = false, length = 100)
  private String loggedBy;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "p2k2_attendance", joinColumns = @JoinColumn(name = "log_id"))
  private List<Attendance> attendance = new ArrayList<>();

  @Version private long version;

  protected SessionLog() {}

  public SessionLog(
      String clientId,
      String groupCode,
      String moduleCode,
      int sessionNo,
      LocalDate heldOn,
      String place,
      String notes,
      List<Attendance> attendance,
      String loggedBy,
      Instant loggedAt) {
    this.clientId = Objects.requireNonNull(clientId);
    this.groupCode = Objects.requireNonNull(groupCode);
    this.moduleCode = Objects.requireNonNull(moduleCode);
    this.sessionNo = sessionNo;
    this.heldOn = Objects.requireNonNull(heldOn);
    this.place = place;
    this.notes = notes;
    this.attendance = new ArrayList<>(attendance);
    this.loggedBy = Objects.requireNonNull(loggedBy);
    this.loggedAt = Objects.requireNonNull(loggedAt);
    this.state = LogState.TERCATAT;
  }

  /** How a log received from a phone is taken in. */
  public enum Receipt {
    /** New: it counts (or waits as a conflict, see {@link #conflictOf()}). */
    CREATED,
    /** The same log was received before (same id and content, or same content): nothing new. */
    UNCHANGED,
    /** The phone's id was used before for a different log: refused. */
    ID_REUSED
  }

  /**
   * How this incoming log is taken in, given the log already received under its phone's id and the
   * log that counts for its group, module and session. A different log of a session that has one
   * becomes a conflict of it (this method marks it so); the same content under another id is
   * unchanged.
   */
  public Receipt receive(Optional<SessionLog> sameClientId, Optional<SessionLog> counted) {
    if (sameClientId.isPresent()) {
      return sameClientId.get().sameContentAs(this) ? Receipt.UNCHANGED : Receipt.ID_REUSED;
    }
    if (counted.isPresent()) {
      if (counted.get().sameContentAs(this)) {
        return Receipt.UNCHANGED;
      }
      this.state = LogState.KONFLIK;
      this.conflictOf = counted.get().id;
    }
    return Receipt.CREATED;
  }

  /** Same session, day, place, notes and attendance (in any order). */
  public boolean sameContentAs(SessionLog other) {
    return groupCode.equals(other.groupCode)
        && moduleCode.equals(other.moduleCode)
        && sessionNo == other.sessionNo
        && heldOn.equals(other.heldOn)
        && Objects.equals(place, other.place)
        && Objects.equals(notes, other.notes)
        && attendanceMap().equals(other.attendanceMap());
  }

  private Map<Long, AttendanceStatus> attendanceMap() {
    Map<Long, AttendanceStatus> m = new TreeMap<>();
    attendance.forEach(a -> m.put(a.kpmId(), a.status()));
    return m;
  }

  /**
   * The facilitator decides a conflict: keep this log (it counts from now on and {@code counted},
   * the one it conflicts with, is set aside) or set this one aside.
   */
  public void decide(boolean keepThis, SessionLog counted) {
    if (state != LogState.KONFLIK) {
      throw new ConflictException("pkh.session.noConflict");
    }
    if (keepThis) {
      if (counted == null || !Objects.equals(counted.id, conflictOf)) {
        throw new IllegalArgumentException("not the log this one conflicts with");
      }
      counted.state = LogState.DISISIHKAN;
      this.state = LogState.TERCATAT;
    } else {
      this.state = LogState.DISISIHKAN;
    }
  }

  public Long id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public String groupCode() {
    return groupCode;
  }

  public String moduleCode() {
    return moduleCode;
  }

  public int sessionNo() {
    return sessionNo;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public LogState state() {
    return state;
  }

  public Optional<Long> conflictOf() {
    return Optional.ofNullable(conflictOf);
  }

  public String loggedBy() {
    return loggedBy;
  }

  public Instant loggedAt() {
    return loggedAt;
  }

  public List<Attendance> attendance() {
    return List.copyOf(attendance);
  }

  public long version() {
    return version;
  }
}
