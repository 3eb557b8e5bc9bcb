package id.slrt.pkh.domain.model.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A coordinator's coaching of a facilitator (pembinaan): when, about what, what follows. */
@Entity
@Table(name = "pkh_coaching")
public class Coaching {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "facilitator", nullable = false, length = 100)
  private String facilitator;

  @Column(name = "coach", nullable = false, length = 100)
  private String coach;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "topic", nullable = false, length = 200)
  private String topic;

  @Column(name = "notes", length = 1000)
  private String notes;

  @Column(name = "follow_up", length = 500)
  private String followUp;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Coaching() {}

  public Coaching(
      String facilitator,
      String coach,
      LocalDate heldOn,
      String topic,
      String notes,
      String followUp,
      Instant at) {
    this.facilitator = Objects.requireNonNull(facilitator);
    this.coach = Objects.requireNonNull(coach);
    this.heldOn = Objects.requireNonNull(heldOn);
    this.topic = Objects.requireNonNull(topic);
    this.notes = notes;
    this.followUp = followUp;
    this.recordedAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public String facilitator() {
    return facilitator;
  }

  public String coach() {
    return coach;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String topic() {
    return topic;
  }

  public String notes() {
    return notes;
  }

  public String followUp() {
    return followUp;
  }
}
