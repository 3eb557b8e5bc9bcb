package id.slrt.intake.api;

/**
 * Verivali proposals made by another module's use case that has decided who may, such as PKH's
 * coordinator after approving a graduation: the same rules as {@link VerivaliService#propose}, in
 * the caller's transaction.
 */
public interface VerivaliProposals {
  /**
   * Records the proposal and answers its id.
   *
   * @throws id.slrt.core.error.ValidationException for a field the rules refuse
   * @throws id.slrt.core.error.ConflictException when the family has an open proposal of the type
   */
  long propose(ProposeVerivali request);
}
