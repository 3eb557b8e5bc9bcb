package id.slrt.pkh.domain.model.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A dated action on a case: a home visit, a school visit, escorting the child, a call. */
@Embeddable
public class CaseAction {
  @Column(name = "done_on", nullable = false)
  private LocalDate doneOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 20)
  private ActionType type;

  @Column(name = "note", nullable = false, length = 1000)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  protected CaseAction() {}

  CaseAction(LocalDate doneOn, ActionType type, String note, String recordedBy) {
    this.doneOn = Objects.requireNonNull(doneOn);
    this.type = Objects.requireNonNull(type);
    this.note = Objects.requireNonNull(note);
    this.recordedBy = Objects.requireNonNull(recordedBy);
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public ActionType type() {
    return type;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
