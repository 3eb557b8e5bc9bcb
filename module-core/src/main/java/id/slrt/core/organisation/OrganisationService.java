package id.slrt.core.organisation;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import id.slrt.core.organisation.Organisation.LegalBasis;
import id.slrt.core.organisation.Organisation.LegalBasisInput;
import id.slrt.core.organisation.Organisation.ProviderInput;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.Organisation.UnitInput;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.region.DistrictArea;
import id.slrt.core.region.Regions;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The district's units and agencies: read by every user of the district (a form offers them),
 * written by its ADMIN_KABUPATEN only. Codes are upper case letters, digits, '-' and '_', unique in
 * the district and never changed; records are set inactive, never deleted.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {
  private static final String CODE = "[A-Z0-9][A-Z0-9_-]{1,39}";

  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject TenantContext tenantContext;
  @Inject Regions regions;
  @Inject Clock clock;

  public List<UnitView> units() {
    requireReader();
    return em
        .createQuery("SELECT u FROM OrgUnit u ORDER BY u.kind, u.name", OrgUnit.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  public UnitView unit(String code) {
    requireReader();
    return view(findUnit(code).orElseThrow(() -> new NotFoundException("unit.notFound", code)));
  }

  public Optional<UnitView> findUnitView(String code) {
    return findUnit(code).map(this::view);
  }

  @Audited("unit.add")
  public UnitView addUnit(UnitInput input) {
    access.requireDistrictAdmin();
    FieldErrors errors = new FieldErrors();
    String code = code(input == null ? null : input.code(), errors);
    OrgUnit.UnitDetails details = unitDetails(input, errors);
    errors.throwIfAny();
    if (findUnit(code).isPresent()) {
      throw new ConflictException("unit.duplicate", code);
    }
    OrgUnit unit = new OrgUnit(code, details, clock.instant());
    em.persist(unit);
    em.flush();
    return view(unit);
  }

  @Audited("unit.update")
  /**
   * Changes a unit.
   *
   * @param expectedVersion the version the caller read, given the unit's id (the REST layer reads
   *     it from If-Match, which names the id); null for no check
   */
  public UnitView updateUnit(
      String code, java.util.function.LongFunction<Long> expectedVersion, UnitInput input) {
    access.requireDistrictAdmin();
    OrgUnit unit = findUnit(code).orElseThrow(() -> new NotFoundException("unit.notFound", code));
    Long expected = expectedVersion == null ? null : expectedVersion.apply(unit.id());
    if (expected != null && expected != unit.version()) {
      throw new PreconditionFailedException("record.stale");
    }
    FieldErrors errors = new FieldErrors();
    OrgUnit.UnitDetails details = unitDetails(input, errors);
    errors.throwIfAny();
    unit.apply(details, clock.instant());
    em.flush();
    return view(unit);
  }

  public List<ProviderView> providers() {
    requireReader();
    return em
        .createQuery("SELECT p FROM Provider p ORDER BY p.name", Provider.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /**
   * Every agency's name by its code, for other modules' screens and answers that name an agency (a
   * service's provider, a referral's addressee). Names only: no reader check beyond the caller's
   * own module's.
   */
  public java.util.Map<String, String> providerNames() {
    return em
        .createQuery("SELECT p.code, p.name FROM Provider p", Object[].class)
        .getResultList()
        .stream()
        .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
  }

  public ProviderView provider(String code) {
    requireReader();
    return view(
        findProvider(code).orElseThrow(() -> new NotFoundException("provider.notFound", code)));
  }

  public Optional<ProviderView> findProviderView(String code) {
    return findProvider(code).map(this::view);
  }

  @Audited("provider.add")
  public ProviderView addProvider(ProviderInput input) {
    access.requireDistrictAdmin();
    FieldErrors errors = new FieldErrors();
    String code = code(input == null ? null : input.code(), errors);
    Provider.ProviderDetails details = providerDetails(input, errors);
    errors.throwIfAny();
    if (findProvider(code).isPresent()) {
      throw new ConflictException("provider.duplicate", code);
    }
    Provider provider = new Provider(code, details, clock.instant());
    em.persist(provider);
    em.flush();
    return view(provider);
  }

  @Audited("provider.update")
  /** Changes an agency; {@code expectedVersion} as for {@link #updateUnit}. */
  public ProviderView updateProvider(
      String code, java.util.function.LongFunction<Long> expectedVersion, ProviderInput input) {
    access.requireDistrictAdmin();
    Provider provider =
        findProvider(code).orElseThrow(() -> new NotFoundException("provider.notFound", code));
    Long expected = expectedVersion == null ? null : expectedVersion.apply(provider.id());
    if (expected != null && expected != provider.version()) {
      throw new PreconditionFailedException("record.stale");
    }
    FieldErrors errors = new FieldErrors();
    Provider.ProviderDetails details = providerDetails(input, errors);
    errors.throwIfAny();
    provider.apply(details, clock.instant());
    em.flush();
    return view(provider);
  }

  private void requireReader() {
    if (!access.mayReadOrganisation()) {
      throw new id.slrt.core.error.AccessDeniedException("auth.forbidden");
    }
  }

  private Optional<OrgUnit> findUnit(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private Optional<Provider> findProvider(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT p FROM Provider p WHERE p.code = :code", Provider.class)
        .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private static String code(String raw, FieldErrors errors) {
    String code = Input.clean(raw);
    if (code == null) {
      errors.add("code", "code.required");
      return null;
    }
    code = code.toUpperCase(java.util.Locale.ROOT);
    if (!code.matches(CODE)) {
      errors.add("code", "code.format");
      return null;
    }
    return code;
  }

  private OrgUnit.UnitDetails unitDetails(UnitInput in, FieldErrors errors) {
    if (in == null) {
      errors.add("name", "name.required");
      return null;
    }
    String name = text(in.name(), "name", 150, true, errors);
    UnitKind kind = errors.code("kind", UnitKind.class, in.kind());
    if (kind == null && Input.clean(in.kind()) == null) {
      errors.add("kind", "code.required");
    }
    DistrictArea area = area();
    String village = null;
    String kecamatan = null;
    if (kind == UnitKind.PUSKESOS) {
      RegionCode v = area.village(in.villageCode(), "villageCode", errors);
      village = v == null ? null : v.value();
      kecamatan = v == null ? null : v.at(RegionLevel.DISTRICT).value();
    } else if (kind == UnitKind.KECAMATAN) {
      RegionCode k = area.kecamatan(in.kecamatanCode(), "kecamatanCode", errors);
      kecamatan = k == null ? null : k.value();
    }
    String sk = text(in.skNumber(), "skNumber", 100, false, errors);
    LocalDate skDate = errors.date("skDate", in.skDate());
    return new OrgUnit.UnitDetails(
        name, kind, village, kecamatan, sk, skDate, !Boolean.FALSE.equals(in.active()));
  }

  private Provider.ProviderDetails providerDetails(ProviderInput in, FieldErrors errors) {
    if (in == null) {
      errors.add("name", "name.required");
      return null;
    }
    String name = text(in.name(), "name", 200, true, errors);
    ProviderKind kind = errors.code("kind", ProviderKind.class, in.kind());
    if (kind == null && Input.clean(in.kind()) == null) {
      errors.add("kind", "code.required");
    }
    ProviderCategory category = errors.code("category", ProviderCategory.class, in.category());
    if (category == null && Input.clean(in.category()) == null) {
      errors.add("category", "code.required");
    }
    LegalBasisInput basis = in.legalBasis();
    String article = null;
    String agreement = null;
    LocalDate from = null;
    LocalDate until = null;
    String data = null;
    if (basis != null) {
      article = text(basis.perbupArticle(), "legalBasis.perbupArticle", 200, false, errors);
      agreement = text(basis.agreementNumber(), "legalBasis.agreementNumber", 100, false, errors);
      from = errors.date("legalBasis.validFrom", basis.validFrom());
      until = errors.date("legalBasis.validUntil", basis.validUntil());
      data = text(basis.dataAllowed(), "legalBasis.dataAllowed", 1000, false, errors);
      if (from != null && until != null && until.isBefore(from)) {
        errors.add("legalBasis.validUntil", "provider.validUntilBeforeFrom");
      }
    }
    return new Provider.ProviderDetails(
        name,
        kind,
        category,
        article,
        agreement,
        from,
        until,
        data,
        !Boolean.FALSE.equals(in.active()));
  }

  private DistrictArea area() {
    Tenant t = tenantContext.require();
    return new DistrictArea(regions, t.regency(), t.name());
  }

  private static String text(String raw, String field, int max, boolean required, FieldErrors e) {
    String v = Input.clean(raw);
    if (v == null) {
      if (required) {
        e.add(field, "name.required");
      }
      return null;
    }
    if (v.length() > max) {
      e.add(field, "text.tooLong", max);
      return null;
    }
    return v;
  }

  private UnitView view(OrgUnit u) {
    return new UnitView(
        u.id(),
        u.code(),
        u.name(),
        u.kind().name(),
        u.villageCode(),
        regionName(u.villageCode()),
        u.kecamatanCode(),
        regionName(u.kecamatanCode()),
        u.skNumber(),
        u.skDate(),
        u.active(),
        u.version());
  }

  private String regionName(String code) {
    return code == null ? null : regions.name(RegionCode.parse(code)).orElse(null);
  }

  private ProviderView view(Provider p) {
    return new ProviderView(
        p.id(),
        p.code(),
        p.name(),
        p.kind().name(),
        p.category().name(),
        new LegalBasis(
            p.perbupArticle(), p.agreementNumber(), p.validFrom(), p.validUntil(), p.dataAllowed()),
        p.active(),
        p.inForceOn(LocalDate.now(clock.withZone(tenantContext.require().zone()))),
        p.version());
  }
}
