package id.slrt.intake.domain.model.klik;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.Sex;
import id.slrt.core.persistence.IdBlocks;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One consultation at a KLIK desk: who (sex, and the NIK when given), what about, the queue number,
 * and whether it needs following up after the event.
 */
@Entity
@Table(name = "klik_consultation")
public class Consultation {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "klik_consultation")
  @TableGenerator(
      name = "klik_consultation",
      table = IdBlocks.TABLE,
      pkColumnName = "name",
      valueColumnName = "last_id",
      pkColumnValue = "klik_consultation",
      allocationSize = IdBlocks.SIZE)
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
  private Nik nik;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "topic", length = 500)
  private String topic;

  @Column(name = "priority", nullable = false)
  private boolean priority;

  /** The number of the visitor's line; none at the violence desk (no line others see). */
  @Column(name = "queue_no")
  private Integer queueNo;

  /** The visitor registered on arrival, when the consultation hangs on a visit. */
  @Column(name = "visit_id")
  private Long visitId;

  /** At the identity desk: the documents dealt with (IdentityService codes, comma-separated). */
  @Column(name = "documents", length = 200)
  private String documents;

  /** At the identity desk: what came of it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "desk_result", length = 20)
  private DeskResult result;

  /** When the visitor was served: now, or the time on a paper form entered later. */
  @Column(name = "served_at")
  private Instant servedAt;

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

  /** At the identity desk: the documents dealt with and what came of it. */
  public record IdentityDesk(Set<IdentityService> documents, DeskResult result) {
    public static final IdentityDesk NONE = new IdentityDesk(Set.of(), null);
  }

  /**
   * Records a consultation. With a {@code visit} it carries the visitor's number and adds none; a
   * walk-up without one takes the next number of its line; the violence desk takes no number at
   * all, from no line anyone else sees.
   *
   * @throws IllegalArgumentException when the desk is not open or the visit is of another event
   * @throws id.slrt.core.error.ValidationException when the identity desk's rules ({@link #check})
   *     are broken
   */
  public Consultation(
      KlikEvent event,
      Desk desk,
      Visit visit,
      Sex sex,
      Nik nik,
      Long personId,
      String topic,
      boolean priority,
      boolean followUp,
      String followUpNote,
      IdentityDesk identity,
      Instant servedAt,
      Instant at,
      String by) {
    if (!event.hasDesk(desk)) {
      throw new IllegalArgumentException("desk " + desk + " is not open at this KLIK");
    }
    if (visit != null && visit.eventId() != event.id()) {
      throw new IllegalArgumentException("visit " + visit.id() + " is not of this KLIK");
    }
    FieldErrors errors = new FieldErrors();
    check(desk, identity, errors);
    errors.throwIfAny();
    this.eventId = event.id();
    this.desk = desk;
    this.visitId = visit == null ? null : visit.id();
    this.sex = sex;
    this.nik = desk.isSealed() ? null : nik;
    this.personId = desk.isSealed() ? null : personId;
    this.topic = desk.isSealed() ? null : topic;
    if (desk.isSealed()) {
      this.priority = true;
      this.queueNo = null;
    } else if (visit != null) {
      this.priority = visit.priority();
      this.queueNo = visit.queueNo();
    } else {
      this.priority = priority;
      this.queueNo = event.nextQueueNumber(priority);
    }
    this.followUp = followUp;
    this.followUpNote = desk.isSealed() ? null : followUpNote;
    this.documents =
        identity.documents().isEmpty()
            ? null
            : identity.documents().stream()
                .sorted()
                .map(Enum::name)
                .collect(Collectors.joining(","));
    this.result = identity.result();
    this.servedAt = servedAt == null ? at : servedAt;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /**
   * The identity desk's rules: documents and a result only at an identity desk, and documents dealt
   * with always say what came of it (and a result names the documents).
   */
  public static void check(Desk desk, IdentityDesk identity, FieldErrors errors) {
    boolean said = !identity.documents().isEmpty() || identity.result() != null;
    if (said && !desk.handlesIdentity()) {
      errors.add("documents", "klik.documentsAtIdentityDesk");
    } else if (!identity.documents().isEmpty() && identity.result() == null) {
      errors.add("result", "klik.resultRequired");
    } else if (identity.documents().isEmpty() && identity.result() != null) {
      errors.add("documents", "klik.documentsRequired");
    }
  }

  /** The number called out: {@code P-003} on the fast track, {@code 017} otherwise. */
  static String label(boolean priority, int number) {
    return (priority ? "P-" : "") + String.format("%03d", number);
  }

  /** The number called out, or empty at the violence desk, which calls none. */
  public Optional<String> queueLabel() {
    return queueNo == null ? Optional.empty() : Optional.of(label(priority, queueNo));
  }

  public Optional<Long> visitId() {
    return Optional.ofNullable(visitId);
  }

  public Set<IdentityService> documents() {
    if (documents == null) {
      return Set.of();
    }
    return Arrays.stream(documents.split(","))
        .map(IdentityService::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdentityService.class)));
  }

  public Optional<DeskResult> result() {
    return Optional.ofNullable(result);
  }

  public Instant servedAt() {
    return servedAt == null ? recordedAt : servedAt;
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

  public Optional<Nik> nik() {
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

  /** The queue number, or empty at the violence desk. */
  public Optional<Integer> queueNo() {
    return Optional.ofNullable(queueNo);
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

  /**
   * A sealed consultation takes its id from a range of its own, below zero ({@code SealedIds}),
   * before it is stored: the ids everyone else sees then have no gaps that count disclosures of
   * violence.
   *
   * @throws IllegalStateException when this one is not sealed, has an id, or the id is not below
   *     zero
   */
  public void identifyAsSealed(long sealedId) {
    if (!sealed() || id != null || sealedId >= 0) {
      throw new IllegalStateException(
          "only a new sealed consultation takes a sealed id (below zero)");
    }
    this.id = sealedId;
  }

  public boolean sealed() {
    return desk.isSealed();
  }
}
