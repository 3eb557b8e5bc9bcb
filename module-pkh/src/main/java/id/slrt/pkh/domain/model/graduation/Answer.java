package id.slrt.pkh.domain.model.graduation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A question as it was asked, the answer given, its score and the question's highest score. */
@Embeddable
public class Answer {
  @Column(name = "question", nullable = false, length = 200)
  private String question;

  @Column(name = "answer", nullable = false, length = 100)
  private String answer;

  @Column(name = "score", nullable = false)
  private int score;

  @Column(name = "max_score", nullable = false)
  private int maxScore;

  protected Answer() {}

  public Answer(String question, String answer, int score, int maxScore) {
    this.question = Objects.requireNonNull(question);
    this.answer = Objects.requireNonNull(answer);
    this.score = score;
    this.maxScore = maxScore;
  }

  public String question() {
    return question;
  }

  public String answer() {
    return answer;
  }

  public int score() {
    return score;
  }

  public int maxScore() {
    return maxScore;
  }
}
