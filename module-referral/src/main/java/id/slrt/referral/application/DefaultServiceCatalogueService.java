package id.slrt.referral.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.organisation.ProviderCategory;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.intake.api.PersonCard;
import id.slrt.referral.api.EligibilityCheck;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.api.ServiceInput;
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
  @Inject java.time.Clock clock;

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

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("service.define")
  public ServiceDetails define(ServiceInput input) {
    ServiceInput in = input == null ? empty() : input;
    FieldErrors errors = new FieldErrors();
    String code = Input.clean(in.code());
    ServiceOffering.Definition d = definition(in);
    ServiceOffering s =
        ServiceOffering.define(
            code == null ? null : code.toUpperCase(Locale.ROOT),
            d,
            sealed(d.provider(), errors),
            clock.instant(),
            errors);
    errors.throwIfAny();
    if (em.find(ServiceOffering.class, s.code()) != null) {
      throw new ConflictException("service.exists", s.code());
    }
    em.persist(s);
    em.flush();
    return details(s, providerNames());
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("service.change")
  public ServiceDetails change(String code, ServiceInput input) {
    ServiceOffering s = find(code);
    if (s == null) {
      throw new NotFoundException("service.notFound", String.valueOf(code));
    }
    ServiceInput in = input == null ? empty() : input;
    if (in.version() != null && in.version() != s.version()) {
      throw new PreconditionFailedException("record.stale");
    }
    FieldErrors errors = new FieldErrors();
    ServiceOffering.Definition d = definition(in);
    s.change(
        d,
        !Boolean.FALSE.equals(in.active()),
        sealed(d.provider(), errors),
        clock.instant(),
        errors);
    errors.throwIfAny();
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new PreconditionFailedException("record.stale");
    }
    return details(s, providerNames());
  }

  private static ServiceInput empty() {
    return new ServiceInput(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static ServiceOffering.Definition definition(ServiceInput in) {
    ServiceDetails.Eligibility e =
        in.eligibility() == null
            ? new ServiceDetails.Eligibility(null, null, null, null, null)
            : in.eligibility();
    List<String> docs =
        in.documents() == null
            ? List.of()
            : in.documents().stream().map(d -> d == null ? null : d.strip()).toList();
    List<String> issues =
        in.issues() == null ? List.of() : in.issues().stream().map(Input::clean).toList();
    return new ServiceOffering.Definition(
        Input.clean(in.name()),
        Input.clean(in.provider()),
        in.slaDays(),
        in.fastTrackSlaDays(),
        Input.clean(in.description()),
        Input.clean(in.eligibilityNotes()),
        e.minAge(),
        e.maxAge(),
        Input.clean(e.sex()),
        Input.clean(e.educationCompleted()),
        e.maxDesil(),
        docs,
        issues.isEmpty()
            ? null
            : String.join("|", issues.stream().map(i -> i == null ? "?" : i).toList()),
        Boolean.TRUE.equals(in.changesWelfare()));
  }

  /**
   * Whether the agency is one for women and children survivors of violence, whose services stay out
   * of the open catalogue; an unknown agency is refused into {@code errors}.
   */
  private boolean sealed(String provider, FieldErrors errors) {
    if (provider == null) {
      return false;
    }
    return organisation
        .findProviderView(provider)
        .map(p -> ProviderCategory.servesViolenceCases(p.category()))
        .orElseGet(
            () -> {
              errors.add("provider", "service.providerUnknown", provider);
              return false;
            });
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
        s.issues().format() == null ? List.of() : List.of(s.issues().format().split("\\|")),
        s.changesWelfare(),
        s.active(),
        s.version());
  }
}
