package id.slrt.intake.domain.model.klik;

import id.slrt.core.identity.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * One consultation at a KLIK desk: who (sex, and the NIK when given), what about, the queue number,
 * and whether it needs following up after the event.
 */
@Entity
@Table(name = "klik_consultation")
public class Consultation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Enumerated(EnumType.STRING)
  @Column(name = "desk", nullable = false, length = 30)
  private Desk desk;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 1)
  private Sex sex;

  @Column(name = "nik", length = 16)
  private String nik;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "topic", length = 500)
  private String topic;

  @Column(name = "priority", nullable = false)
  private boolean priority;

  @Column(name = "queue_no", nullable = false)
  private int queueNo;

  @Column(name = "follow_up", nullable = false)
  private boolean followUp;

  @Column(name = "follow_up_note", length = 500)
  private String followUpNote;

  @Column(name = "followed_up", nullable = false)
  private boolean followedUp;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Version private long version;

  protected Consultation() {}

  public Consultation(
      KlikEvent event,
      Desk desk,
      Sex sex,
      String nik,
      Long personId,
      String topic,
      boolean priority,
      boolean followUp,
      String followUpNote,
      Instant at,
      String by) {
    if (!event.hasDesk(desk)) {
      throw new IllegalArgumentException("desk " + desk + " is not open at this KLIK");
    }
    this.eventId = event.id();
    this.desk = desk;
    this.sex = sex;
    this.nik = nik;
    this.personId = personId;
    this.topic = topic;
    this.priority = priority || desk.isSealed();
    this.queueNo = event.nextQueueNumber(this.priority);
    this.followUp = followUp;
    this.followUpNote = followUpNote;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /** The number called out: {@code P-003} on the fast track, {@code 017} otherwise. */
  public String queueLabel() {
    return (priority ? "P-" : "") + String.format("%03d", queueNo);
  }

  /** Marks the follow-up after the event as done (a referral was made, or it was settled). */
  public void followedUp() {
    this.followedUp = true;
  }

  public Long id() {
    return id;
  }

  public long eventId() {
    return eventId;
  }

  public Desk desk() {
    return desk;
  }

  public Sex sex() {
    return sex;
  }

  public Optional<String> nik() {
    return Optional.ofNullable(nik);
  }

  public Optional<Long> personId() {
    return Optional.ofNullable(personId);
  }

  public Optional<String> topic() {
    return Optional.ofNullable(topic);
  }

  public boolean priority() {
    return priority;
  }

  public int queueNo() {
    return queueNo;
  }

  public boolean followUp() {
    return followUp;
  }

  public Optional<String> followUpNote() {
    return Optional.ofNullable(followUpNote);
  }

  public boolean isFollowedUp() {
    return followedUp;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public boolean sealed() {
    return desk.isSealed();
  }
}
