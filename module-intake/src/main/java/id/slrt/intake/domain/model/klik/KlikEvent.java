package id.slrt.intake.domain.model.klik;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A KLIK (Klinik Layanan Informasi dan Konsultasi): a one-day clinic in a village with its desks.
 * It hands out the queue numbers: one line for everyone, one for the fast track (pregnant women,
 * elderly, disability, violence).
 */
@Entity
@Table(name = "klik_event")
public class KlikEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "village_code", nullable = false, length = 13)
  private String villageCode;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "organizer", nullable = false, length = 100)
  private String organizer;

  @Column(name = "desks", nullable = false, length = 300)
  private String desks;

  @Enumerated(EnumType.STRING)
  @Column(name = "organizer_type", length = 15)
  private OrganizerType organizerType;

  /** The agencies present (provider codes of the district's registry, comma-separated). */
  @Column(name = "agencies", length = 500)
  private String agencies;

  @Column(name = "last_queue_no", nullable = false)
  private int lastQueueNo;

  @Column(name = "last_priority_no", nullable = false)
  private int lastPriorityNo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Version private long version;

  protected KlikEvent() {}

  public KlikEvent(
      String villageCode,
      LocalDate heldOn,
      String organizer,
      OrganizerType organizerType,
      List<String> agencies,
      List<Desk> desks,
      Instant createdAt,
      String createdBy) {
    if (desks.isEmpty()) {
      throw new IllegalArgumentException("a KLIK has at least one desk");
    }
    this.villageCode = villageCode;
    this.heldOn = heldOn;
    this.organizer = organizer;
    this.organizerType = organizerType;
    this.agencies = agencies.isEmpty() ? null : String.join(",", agencies);
    this.desks = desks.stream().map(Enum::name).collect(Collectors.joining(","));
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** The next number of the line the visitor joins. */
  public int nextQueueNumber(boolean priority) {
    return priority ? ++lastPriorityNo : ++lastQueueNo;
  }

  public boolean hasDesk(Desk desk) {
    return desks().contains(desk);
  }

  public Long id() {
    return id;
  }

  public String villageCode() {
    return villageCode;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String organizer() {
    return organizer;
  }

  public Optional<OrganizerType> organizerType() {
    return Optional.ofNullable(organizerType);
  }

  public List<String> agencies() {
    return agencies == null ? List.of() : List.of(agencies.split(","));
  }

  public List<Desk> desks() {
    return Arrays.stream(desks.split(",")).map(Desk::valueOf).toList();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
