package id.slrt.pkh.api;

import java.util.List;

/**
 * The district's socio-economic questionnaire: its questions in order, each with its answers and
 * their scores (0 the least capable). Sent back whole to change it.
 */
public record QuestionnaireDetails(List<QuestionDetails> questions) {

  /** A question and its answers. */
  public record QuestionDetails(String text, List<AnswerOption> options) {}

  /** An answer a question offers and the score it gives. */
  public record AnswerOption(String text, Integer score) {}
}
