package id.slrt.referral.api;

import java.util.List;

/** The current tenant's catalogue of services. */
public interface ServiceCatalogueService {

  /** The services a person can be referred to, by name. */
  List<ServiceDetails> activeServices();

  /** Every service, inactive ones too (the district admin's screen). */
  List<ServiceDetails> allServices();

  /**
   * @throws id.slrt.core.error.NotFoundException when the district has no such service
   */
  ServiceDetails service(String code);

  /**
   * The service's conditions checked against a person (by NIK, else by person id) the caller may
   * refer, for the front office only: the warnings name the family's desil.
   *
   * @throws id.slrt.core.error.ValidationException for an unknown service or person
   */
  EligibilityCheck check(String serviceCode, String nik, Long personId);

  /**
   * Adds a service to the catalogue (district admin).
   *
   * @throws id.slrt.core.error.ValidationException listing every refused field
   * @throws id.slrt.core.error.ConflictException when the code is taken
   */
  ServiceDetails define(ServiceInput input);

  /**
   * Changes a service, or stops offering it (district admin).
   *
   * @throws id.slrt.core.error.NotFoundException when there is no such service
   * @throws id.slrt.core.error.PreconditionFailedException when the version given is not current
   */
  ServiceDetails change(String code, ServiceInput input);
}
