package id.slrt.intake.domain.model.need;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One step in a need's history: from which status to which, when, by whom and why. */
@Entity
@Table(name = "need_event")
public class NeedEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "need_id", nullable = false)
  private Need need;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 15)
  private NeedStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 15)
  private NeedStatus to;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "by_user", nullable = false, length = 100)
  private String by;

  protected NeedEvent() {}

  NeedEvent(Need need, NeedStatus from, NeedStatus to, String note, Instant at, String by) {
    this.need = need;
    this.from = from;
    this.to = to;
    this.note = note;
    this.at = at;
    this.by = by;
  }

  public Optional<NeedStatus> from() {
    return Optional.ofNullable(from);
  }

  public NeedStatus to() {
    return to;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }
}
