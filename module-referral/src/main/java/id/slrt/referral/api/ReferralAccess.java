package id.slrt.referral.api;

/**
 * What the caller may do in referral, for screens deciding which actions to offer; each answer
 * comes from the {@code @RolesAllowed} of the service operation behind the action. Named {@code
 * referralAccess} in EL.
 */
public interface ReferralAccess {
  /** Record a case conference ({@link ConferenceService#record}). */
  boolean mayRecordConferences();

  /** Read the case conferences of the caller's place. */
  boolean mayReadConferences();

  /** Read a referral's letter ({@link LetterService#letter}). */
  boolean mayReadLetters();
}
