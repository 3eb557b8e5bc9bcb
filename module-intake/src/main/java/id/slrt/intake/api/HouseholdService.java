package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/** Registering and finding households and people in the current tenant. */
public interface HouseholdService {

  /**
   * Registers a household with its members.
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   * @throws id.slrt.core.error.ConflictException when the No. KK or a NIK is already registered
   */
  HouseholdDetails register(RegisterHousehold request);

  /**
   * @throws id.slrt.core.error.NotFoundException when there is no such household in this tenant
   */
  HouseholdDetails get(long id);

  Page<HouseholdSummary> search(HouseholdQuery query, PageRequest page);

  /**
   * @throws id.slrt.core.error.ValidationException when the NIK is malformed
   * @throws id.slrt.core.error.NotFoundException when nobody in this tenant has it
   */
  PersonDetails findPerson(String nik);
}
