package id.slrt.intake.api;

/**
 * What the caller may do in intake, for screens deciding which actions to offer. Each answer comes
 * from the {@code @RolesAllowed} of the service operation behind the action, so an offered button
 * is never refused and a refused action is never offered. Named {@code intakeAccess} in EL.
 */
public interface IntakeAccess {
  /** Correct a family's address and flag, add a member ({@code HouseholdService.update}). */
  boolean mayEditHouseholds();

  /** Correct what is recorded about a member, including the NIK. */
  boolean mayCorrectMembers();

  /** Record that a member died or moved away. */
  boolean mayRecordDepartures();

  /** Move a member to another family card. */
  boolean mayMovePersons();

  /** Record a DTKS/DTSEN welfare status. */
  boolean mayRecordWelfare();

  /** Register a family. */
  boolean mayRegister();

  /** Record a program the family or a member receives. */
  boolean mayRecordPrograms();

  /** Download the verivali proposals as CSV. */
  boolean mayExportVerivali();

  /** Verify, send on or reject verivali proposals. */
  boolean mayReviewVerivali();

  /** Propose a household for verivali ({@code VerivaliService.propose}). */
  boolean mayProposeVerivali();
}
