package id.slrt.pkh.domain.model.graduation;

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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A KPM's answers to the socio-economic questionnaire on a day, as the questions stood then. Its
 * score, the share of the highest possible total, ranks the family among its facilitator's KPM as a
 * candidate for graduation: the higher, the more capable.
 */
@Entity
@Table(name = "pkh_socioeconomic_assessment")
public class SocioEconomicAssessment {
  /**
   * The ranking: the highest score first; between equal scores the more recent assessment, then the
   * participant number, so that the order never depends on the database.
   */
  public static final Comparator<SocioEconomicAssessment> RANKING =
      Comparator.comparingInt(SocioEconomicAssessment::percent)
          .reversed()
          .thenComparing(SocioEconomicAssessment::assessedOn, Comparator.reverseOrder())
          .thenComparingLong(SocioEconomicAssessment::kpmId);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "kpm_id", nullable = false)
  private long kpmId;

  @Column(name = "assessed_by", nullable = false, length = 100)
  private String assessedBy;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "pkh_socioeconomic_answer",
      joinColumns = @JoinColumn(name = "assessment_id"))
  @OrderColumn(name = "position")
  private List<Answer> answers = new ArrayList<>();

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SocioEconomicAssessment() {}

  public SocioEconomicAssessment(
      long kpmId, String by, LocalDate assessedOn, List<Answer> answers, String note, Instant at) {
    this.kpmId = kpmId;
    this.assessedBy = Objects.requireNonNull(by);
    this.assessedOn = Objects.requireNonNull(assessedOn);
    this.answers = new ArrayList<>(answers);
    this.note = note;
    this.recordedAt = Objects.requireNonNull(at);
  }

  /** The share of the highest possible total, in whole percent rounded down. */
  public int percent() {
    int max = answers.stream().mapToInt(Answer::maxScore).sum();
    int got = answers.stream().mapToInt(Answer::score).sum();
    return max == 0 ? 0 : got * 100 / max;
  }

  public Long id() {
    return id;
  }

  public long kpmId() {
    return kpmId;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public List<Answer> answers() {
    return List.copyOf(answers);
  }

  public String note() {
    return note;
  }
}
