package id.slrt.pkh.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The active KPM ranked as graduation candidates by their latest socio-economic assessment, each
 * facilitator's ranked apart (rank 1 the most capable of their KPM).
 *
 * @param candidates the assessed KPM, by facilitator and rank; then, when the list is one
 *     facilitator's, their KPM not yet assessed (rank and percent null)
 * @param notAssessed how many active KPM in the list's reach have no assessment yet
 */
public record GraduationRanking(List<Candidate> candidates, long notAssessed) {

  /**
   * A KPM in the ranking.
   *
   * @param pendingGraduation the type of a graduation proposal waiting for a decision, or null
   */
  public record Candidate(
      Integer rank,
      String participantNumber,
      String recipientName,
      String groupCode,
      String facilitator,
      Integer percent,
      LocalDate assessedOn,
      String pendingGraduation) {}
}
