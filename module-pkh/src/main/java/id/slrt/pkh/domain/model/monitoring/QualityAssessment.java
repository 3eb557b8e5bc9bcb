package id.slrt.pkh.domain.model.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A coordinator's assessment of a logged P2K2 session by the district's instrument. */
@Entity
@Table(name = "pkh_quality_assessment")
public class QualityAssessment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "log_id", nullable = false)
  private long logId;

  @Column(name = "assessed_by", nullable = false, length = 100)
  private String assessedBy;

  @Column(name = "observed_on", nullable = false)
  private LocalDate observedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "pkh_quality_score", joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<Score> scores = new ArrayList<>();

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  protected QualityAssessment() {}

  public QualityAssessment(
      long logId, String by, LocalDate observedOn, List<Score> scores, String note, Instant at) {
    this.logId = logId;
    this.assessedBy = Objects.requireNonNull(by);
    this.observedOn = Objects.requireNonNull(observedOn);
    this.scores = new ArrayList<>(scores);
    this.note = note;
    this.assessedAt = Objects.requireNonNull(at);
  }

  /** The share of the highest possible total, in whole percent rounded down. */
  public int percent() {
    int max = scores.stream().mapToInt(Score::maxScore).sum();
    int got = scores.stream().mapToInt(Score::score).sum();
    return max == 0 ? 0 : got * 100 / max;
  }

  public Long id() {
    return id;
  }

  public long logId() {
    return logId;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public LocalDate observedOn() {
    return observedOn;
  }

  public List<Score> scores() {
    return List.copyOf(scores);
  }

  public String note() {
    return note;
  }
}
