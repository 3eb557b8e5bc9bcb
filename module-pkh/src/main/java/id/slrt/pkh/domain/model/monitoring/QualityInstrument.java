package id.slrt.pkh.domain.model.monitoring;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The district's instrument for a coordinator's monitoring of a P2K2 session (monev): criteria,
 * each scored from 0 to its highest score. Editable data; an assessment keeps the criteria it was
 * scored on, so a later change leaves it readable.
 */
@Entity
@Table(name = "pkh_quality_instrument")
public class QualityInstrument {
  public static final long THE_INSTRUMENT = 1L;
  public static final int MAX_CRITERIA = 15;
  public static final int MAX_SCORE = 10;

  @Id private Long id = THE_INSTRUMENT;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "pkh_quality_criterion",
      joinColumns = @JoinColumn(name = "instrument_id"))
  @OrderColumn(name = "position")
  private List<Criterion> criteria = new ArrayList<>();

  @Version private long version;

  public QualityInstrument() {}

  /** Replaces the criteria; refused (by field) when none, too many, or one is unsound. */
  public void change(List<String> texts, List<Integer> maxScores, FieldErrors errors) {
    if (texts.isEmpty() || texts.size() > MAX_CRITERIA) {
      errors.add("criteria", "pkh.quality.criteriaCount", MAX_CRITERIA);
    }
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i) == null || texts.get(i).length() > 200) {
        errors.add("criteria[" + i + "].text", "pkh.quality.textRequired");
      }
      Integer max = maxScores.get(i);
      if (max == null || max < 1 || max > MAX_SCORE) {
        errors.add("criteria[" + i + "].maxScore", "pkh.quality.maxScore", MAX_SCORE);
      }
    }
    errors.throwIfAny();
    criteria = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      criteria.add(new Criterion(texts.get(i), maxScores.get(i)));
    }
  }

  /**
   * Scores a session by the criteria, in their order: one score each, from 0 to its highest.
   *
   * @return the scores with their criteria, to keep with the assessment
   */
  public List<Score> score(List<Integer> scores, FieldErrors errors) {
    if (scores.size() != criteria.size()) {
      errors.add("scores", "pkh.quality.scoresCount", criteria.size());
      errors.throwIfAny();
    }
    List<Score> out = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      Integer s = scores.get(i);
      Criterion c = criteria.get(i);
      if (s == null || s < 0 || s > c.maxScore()) {
        errors.add("scores[" + i + "]", "pkh.quality.scoreRange", c.maxScore());
      } else {
        out.add(new Score(c.text(), c.maxScore(), s));
      }
    }
    errors.throwIfAny();
    return out;
  }

  public List<Criterion> criteria() {
    return List.copyOf(criteria);
  }
}
