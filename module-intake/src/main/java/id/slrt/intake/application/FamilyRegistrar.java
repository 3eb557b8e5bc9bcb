package id.slrt.intake.application;

import id.slrt.core.error.ConflictException;
import id.slrt.core.identity.Nik;
import id.slrt.core.persistence.Constraints;
import id.slrt.core.region.Regions;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.intake.api.FamilyRegistrations;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.service.HouseholdRegistration;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Registers a family: the one place a household is built from a registration request and stored.
 * {@link DefaultHouseholdService#register} checks the caller's role and calls it; other modules'
 * background work reaches it through {@link FamilyRegistrations}.
 */
@Stateless
@LocalBean
@Local(FamilyRegistrations.class)
@PermitAll
public class FamilyRegistrar implements FamilyRegistrations {
  @Inject HouseholdRepository households;
  @Inject TenantContext tenants;
  @Inject Regions regions;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @Override
  public long register(RegisterHousehold request) {
    return add(request).id();
  }

  /** Builds and stores the household, as the current user. */
  public Household add(RegisterHousehold request) {
    Tenant tenant = tenants.require();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, tenant.zone());
    Household household =
        new HouseholdRegistration(regions, tenant.regency(), tenant.name())
            .build(request, today, now, currentUser.username(), households::nextProvisionalKk);
    try {
      households.store(household);
    } catch (PersistenceException e) {
      throw refused(household, e);
    }
    return household;
  }

  /**
   * A family card or NIK already registered, as the unique keys answer it: asking before the write
   * cost two look-ups on every registration (a tenth of the server's time in the profile), and two
   * officers registering the same family at once need the keys anyway. The family card is named
   * first, as before; for a NIK, every one of the family's NIKs that is taken.
   */
  private RuntimeException refused(Household household, PersistenceException e) {
    String key = Constraints.uniqueKey(e).orElse("");
    if (key.equals("household_kk")) {
      return new ConflictException("household.duplicateKk", household.kk().value());
    }
    if (!key.equals("person_nik")) {
      return e;
    }
    Set<Nik> taken =
        households.existingNiks(
            household.members().stream().map(Person::nik).filter(Objects::nonNull).toList());
    return new ConflictException(
        "household.duplicateNik",
        String.join(", ", taken.stream().map(Nik::value).sorted().toList()));
  }
}
