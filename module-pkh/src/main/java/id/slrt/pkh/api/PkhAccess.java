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
}
