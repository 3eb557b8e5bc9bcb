package id.slrt.pkh.domain.model.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A criterion of the session quality instrument and the highest score it gives. */
@Embeddable
public class Criterion {
  @Column(name = "text", nullable = false, length = 200)
  private String text;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  protected Criterion() {}

  public Criterion(String text, int maxScore) {
    this.text = Objects.requireNonNull(text);
    this.maxScore = maxScore;
  }

  public String text() {
    return text;
  }

  public int maxScore() {
    return maxScore;
  }
}
