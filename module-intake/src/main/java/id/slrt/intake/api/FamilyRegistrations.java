package id.slrt.intake.api;

/**
 * Registration of a family by another module's background work, such as PKH's import of the
 * existing KPM list, which runs as the district's system user: the caller has already decided who
 * may (the uploader's role, when the file was taken). The family is registered by the same rules as
 * {@link HouseholdService#register}, in the caller's transaction.
 */
public interface FamilyRegistrations {
  /**
   * Registers the family and answers its id.
   *
   * @throws id.slrt.core.error.ValidationException for a field the rules refuse
   * @throws id.slrt.core.error.ConflictException when the No. KK or a NIK is already registered
   */
  long register(RegisterHousehold request);
}
