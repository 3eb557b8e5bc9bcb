package id.slrt.referral.application;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.intake.api.PersonCard;
import id.slrt.referral.api.EligibilityCheck;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.domain.model.service.Eligibility;
import id.slrt.referral.domain.model.service.ServiceOffering;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the district's service catalogue, and checks a person against a service's conditions. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN_KABUPATEN,
  Role.Names.PETUGAS_PUSKESOS,
  Role.Names.KADER_KLIK,
  Role.Names.MANAJER_KASUS_P2TP2A,
  Role.Names.PENDAMPING_PKH,
  Role.Names.KOORDINATOR_PKH,
  Role.Names.MITRA_DINAS
})
public class DefaultServiceCatalogueService implements ServiceCatalogueService {
  @Inject @TenantDb EntityManager em;
  @Inject OrganisationService organisation;
  @Inject ReferablePeople referable;
  @Inject EligibilityChecks eligibility;

  @Override
  public List<ServiceDetails> activeServices() {
    return details(em.createNamedQuery("ServiceOffering.findActive", ServiceOffering.class));
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public List<ServiceDetails> allServices() {
    return details(em.createNamedQuery("ServiceOffering.findAll", ServiceOffering.class));
  }

  @Override
  public ServiceDetails service(String code) {
    ServiceOffering s = find(code);
    if (s == null) {
      throw new NotFoundException("service.notFound", String.valueOf(code));
    }
    return details(s, providerNames());
  }

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH
  })
  public EligibilityCheck check(String serviceCode, String nik, Long personId) {
    FieldErrors errors = new FieldErrors();
    ServiceOffering service = find(serviceCode);
    if (service == null || !service.active()) {
      errors.add("serviceCode", "referral.serviceUnknown", String.valueOf(serviceCode));
    }
    PersonCard person = referable.find(nik, personId, errors);
    errors.throwIfAny();
    return new EligibilityCheck(
        service.code(),
        person.personId(),
        person.name(),
        eligibility.warnings(service, person.personId()),
        service.eligibilityNotes(),
        service.documents());
  }

  private ServiceOffering find(String code) {
    String c = Input.clean(code);
    return c == null ? null : em.find(ServiceOffering.class, c.toUpperCase(Locale.ROOT));
  }

  private List<ServiceDetails> details(jakarta.persistence.TypedQuery<ServiceOffering> query) {
    Map<String, String> names = providerNames();
    return query.getResultList().stream().map(s -> details(s, names)).toList();
  }

  private Map<String, String> providerNames() {
    return organisation.providerNames();
  }

  static ServiceDetails details(ServiceOffering s, Map<String, String> providerNames) {
    Eligibility e = s.eligibility();
    return new ServiceDetails(
        s.code(),
        s.name(),
        s.provider(),
        s.slaDays(),
        providerNames.getOrDefault(s.provider(), s.provider()),
        s.fastTrackDays().orElse(null),
        s.description(),
        s.eligibilityNotes(),
        new ServiceDetails.Eligibility(
            e.minAge(), e.maxAge(), e.sex(), e.educationCompleted(), e.maxDesil()),
        s.documents(),
        s.active(),
        s.version());
  }
}
