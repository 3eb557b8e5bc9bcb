package id.slrt.referral.domain.model.conference;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action (rencana tindak lanjut, RTL) decided at a case conference: what is to be done,
 * by whom (a user of the district, an agency's desk included) and by when. It stays in its owner's
 * list until the owner, or whoever recorded the conference, marks it done with a note.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {
  public static final int MAX_ACTION = 500;
  public static final int MAX_NOTE = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conference_id", nullable = false)
  private CaseConference conference;

  @Column(name = "action", nullable = false, length = MAX_ACTION)
  private String action;

  @Column(name = "owner", nullable = false, length = 100)
  private String owner;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 100)
  private String doneBy;

  @Column(name = "done_note", length = MAX_NOTE)
  private String doneNote;

  @Version private long version;

  protected FollowUp() {}

  FollowUp(CaseConference conference, String action, String owner, LocalDate dueDate) {
    this.conference = conference;
    this.action = action;
    this.owner = owner;
    this.dueDate = dueDate;
  }

  /**
   * Marks it done.
   *
   * @throws AccessDeniedException unless {@code by} owns it or recorded its conference
   * @throws ConflictException when it was done already
   * @throws id.slrt.core.error.ValidationException when the note is too long
   */
  public void done(String note, Instant at, String by) {
    if (!by.equals(owner) && !by.equals(conference.recordedBy())) {
      throw new AccessDeniedException("conference.notYourFollowUp");
    }
    if (doneAt != null) {
      throw new ConflictException("conference.followUpDone");
    }
    FieldErrors errors = new FieldErrors();
    if (note != null && note.length() > MAX_NOTE) {
      errors.add("note", "text.tooLong", MAX_NOTE);
    }
    errors.throwIfAny();
    this.doneAt = at;
    this.doneBy = by;
    this.doneNote = note;
  }

  /** Open and past its due date on {@code today}. */
  public boolean overdue(LocalDate today) {
    return doneAt == null && dueDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public CaseConference conference() {
    return conference;
  }

  public String action() {
    return action;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant doneAt() {
    return doneAt;
  }

  public String doneBy() {
    return doneBy;
  }

  public String doneNote() {
    return doneNote;
  }

  public boolean isDone() {
    return doneAt != null;
  }
}
