package id.slrt.pkh.api;

import java.util.List;

/**
 * The socio-economic questionnaire that ranks KPM as graduation candidates: edited by the district
 * office, answered by a family with its facilitator (or a coordinator), and each facilitator's
 * ranked list. Who sees which KPM is the access policy's PKH scope.
 */
public interface SocioEconomicService {
  QuestionnaireDetails questionnaire();

  /** Replaces the questions; assessments made before keep the questions they were made with. */
  QuestionnaireDetails changeQuestionnaire(QuestionnaireDetails questionnaire);

  SocioEconomicDetails assess(String participantNumber, AssessFamily assessment);

  /** A KPM's assessments, the latest first. */
  List<SocioEconomicDetails> assessments(String participantNumber);

  /**
   * The ranking of the active KPM the caller sees; {@code facilitator} narrows it to one
   * facilitator's (a facilitator's is always their own).
   */
  GraduationRanking ranking(String facilitator);
}
