package id.slrt.pkh.domain.model.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion's score in an assessment, with the criterion as it was then. */
@Embeddable
public class Score {
  @Column(name = "criterion", nullable = false, length = 200)
  private String criterion;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  @Column(name = "score", nullable = false)
  private int score;

  protected Score() {}

  Score(String criterion, int maxScore, int score) {
    this.criterion = criterion;
    this.maxScore = maxScore;
    this.score = score;
  }

  public String criterion() {
    return criterion;
  }

  public int maxScore() {
    return maxScore;
  }

  public int score() {
    return score;
  }
}
