package id.slrt.pkh.api;

import java.util.List;

/**
 * Monitoring of P2K2 quality (monev): the district's instrument, a coordinator's assessment of a
 * logged session (a session the caller does not see answers as if it did not exist), and the
 * coaching of facilitators.
 */
public interface MonitoringService {
  List<CriterionDetails> instrument();

  /** The district admin replaces the instrument's criteria. */
  List<CriterionDetails> changeInstrument(List<CriterionDetails> criteria);

  /** A coordinator scores a logged session by the instrument, criteria in order. */
  AssessmentDetails assess(long sessionId, AssessSession assessment);

  /** The assessments of a logged session the caller sees. */
  List<AssessmentDetails> assessments(long sessionId);

  /** A coordinator records the coaching of a facilitator of the district. */
  CoachingDetails coach(RecordCoaching coaching);

  /**
   * Coaching records, the latest first: a facilitator's own; a coordinator's and the admin's of
   * {@code facilitator} or all.
   */
  List<CoachingDetails> coachings(String facilitator);

  /** A criterion of the instrument. */
  record CriterionDetails(String text, Integer maxScore) {}

  /** A score per criterion (in the instrument's order), the day observed, a note. */
  record AssessSession(String observedOn, List<Integer> scores, String note) {}

  /** An assessment, with the criteria as they were when it was made. */
  record AssessmentDetails(
      long id,
      long sessionId,
      String assessedBy,
      java.time.LocalDate observedOn,
      List<ScoreDetails> scores,
      int percent,
      String note) {}

  /** A criterion's score. */
  record ScoreDetails(String criterion, int maxScore, int score) {}

  /** A coaching of a facilitator: {@code heldOn} (default today), topic, notes, what follows. */
  record RecordCoaching(
      String facilitator, String heldOn, String topic, String notes, String followUp) {}

  /** A coaching record. */
  record CoachingDetails(
      long id,
      String facilitator,
      String coach,
      java.time.LocalDate heldOn,
      String topic,
      String notes,
      String followUp) {}
}
