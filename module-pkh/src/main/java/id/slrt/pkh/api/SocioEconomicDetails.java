package id.slrt.pkh.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPM's socio-economic assessment, with the questions as they were asked that day.
 *
 * @param percent the share of the highest possible total: the higher, the more capable
 */
public record SocioEconomicDetails(
    long id,
    String participantNumber,
    String assessedBy,
    LocalDate assessedOn,
    int percent,
    List<GivenAnswer> answers,
    String note) {

  /** A question, the answer given, its score and the question's highest score. */
  public record GivenAnswer(String question, String answer, int score, int maxScore) {}
}
