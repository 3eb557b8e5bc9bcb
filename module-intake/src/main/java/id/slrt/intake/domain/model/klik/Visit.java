package id.slrt.intake.domain.model.klik;

import id.slrt.core.identity.Nik;
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
 * A visitor registered at a KLIK's registration desk on arrival, with the queue number they carry
 * to the thematic desks. A visitor is counted once, however many desks they visit; the registration
 * itself is not a consultation. Often without papers: a name (or none), sex, an age band and the
 * dusun are enough.
 */
@Entity
@Table(name = "klik_visit")
public class Visit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "queue_no", nullable = false)
  private int queueNo;

  @Column(name = "priority", nullable = false)
  private boolean priority;

  @Column(name = "name", length = 100)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 1)
  private Sex sex;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", length = 10)
  private AgeBand ageBand;

  @Column(name = "dusun", length = 60)
  private String dusun;

  @Column(name = "phone", length = 20)
  private String phone;

  @Column(name = "nik", length = 16)
  private Nik nik;

  @Column(name = "person_id")
  private Long personId;

  /** When the visitor was registered: now, or the time on a paper form entered later. */
  @Column(name = "served_at", nullable = false)
  private Instant servedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Version private long version;

  protected Visit() {}

  /** What the registration desk asks of a visitor; all but the sex may be left out. */
  public record Visitor(
      String name, Sex sex, AgeBand ageBand, String dusun, String phone, Nik nik, Long personId) {}

  /** Registers a visitor and gives them the next number of their line. */
  public Visit(
      KlikEvent event, Visitor visitor, boolean priority, Instant servedAt, Instant at, String by) {
    this.eventId = event.id();
    this.priority = priority;
    this.queueNo = event.nextQueueNumber(priority);
    this.name = visitor.name();
    this.sex = visitor.sex();
    this.ageBand = visitor.ageBand();
    this.dusun = visitor.dusun();
    this.phone = visitor.phone();
    this.nik = visitor.nik();
    this.personId = visitor.personId();
    this.servedAt = servedAt == null ? at : servedAt;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  /** The number called out: {@code P-003} on the fast track, {@code 017} otherwise. */
  public String queueLabel() {
    return Consultation.label(priority, queueNo);
  }

  public Long id() {
    return id;
  }

  public long eventId() {
    return eventId;
  }

  public int queueNo() {
    return queueNo;
  }

  public boolean priority() {
    return priority;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Sex sex() {
    return sex;
  }

  public Optional<AgeBand> ageBand() {
    return Optional.ofNullable(ageBand);
  }

  public Optional<String> dusun() {
    return Optional.ofNullable(dusun);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<Nik> nik() {
    return Optional.ofNullable(nik);
  }

  public Optional<Long> personId() {
    return Optional.ofNullable(personId);
  }

  public Instant servedAt() {
    return servedAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
