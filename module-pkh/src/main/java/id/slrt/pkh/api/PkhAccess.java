package id.slrt.pkh.api;

/**
 * What the caller may do in PKH, for screens deciding which actions to offer; each answer comes
 * from the {@code @RolesAllowed} of the service operation behind the action. Named {@code
 * pkhAccess} in EL.
 */
public interface PkhAccess {
  /** Give a KPM a warning ({@link ConditionalityService#warn}). */
  boolean mayWarn();

  /** End a KPM's membership ({@link KpmService#exit}). */
  boolean mayEndMembership();

  /** Change the conditionality rule ({@link ConditionalityService#changeRule}). */
  boolean mayChangeRule();

  /** Open and work on cases ({@link CaseNoteService#open}). */
  boolean mayWorkCases();

  /** Refer a KPM's complementarity gap ({@link ComplementarityService#referGap}). */
  boolean mayReferGaps();

  /** Decide graduation proposals ({@link GraduationService#decide}). */
  boolean mayDecideGraduations();

  /** Decide a conflicting session log ({@link P2k2SessionService#decide}). */
  boolean mayDecideConflicts();

  /** Enrol a family as KPM ({@link KpmService#enrol}). */
  boolean mayEnrol();

  /** Log P2K2 sessions: the facilitator's own work ({@link P2k2SessionService#sync}). */
  boolean mayLogSessions();

  /** Set facilitators' graduation targets ({@link GraduationService#setTarget}). */
  boolean maySetTargets();

  /** Record follow-ups of graduated families ({@link FollowUpService#record}). */
  boolean mayFollowUp();

  /** Record a sticker put up on a KPM's house ({@link StickerService#placed}). */
  boolean mayPlaceStickers();

  /** Change the district's sticker text ({@link StickerService#changeText}). */
  boolean mayChangeStickerText();

  /** Assess a session's quality ({@link MonitoringService#assess}). */
  boolean mayAssessQuality();

  /** Record the coaching of facilitators ({@link MonitoringService#coach}). */
  boolean mayCoach();

  /** Record a KPM's answers to the questionnaire ({@link SocioEconomicService#assess}). */
  boolean mayAssessFamilies();

  /** Change the questionnaire ({@link SocioEconomicService#changeQuestionnaire}). */
  boolean mayChangeQuestionnaire();

  /** See the families that could replace a graduate ({@link GraduationService#replacements}). */
  boolean mayFindReplacements();

  /** Propose verivali after a graduation ({@link GraduationService#proposeVerivali}). */
  boolean mayProposeVerivali();
}
