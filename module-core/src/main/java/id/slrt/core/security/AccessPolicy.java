package id.slrt.core.security;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.organisation.OrganisationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and do what, decided here and nowhere else: services, screens, exports and reports
 * ask this policy instead of testing roles themselves. The roles a container-level check needs
 * ({@code @RolesAllowed}) use {@link Role.Names}; what depends on content (sealed records, small
 * counts, a caller's unit or agency) is asked here. docs/security.md lists the matrix.
 */
@RequestScoped
public class AccessPolicy {
  /**
   * Counts of sealed records below this are shown as {@code "<5"} to those who may not see them.
   */
  public static final int SMALL_COUNT = 5;

  @Inject CurrentUser currentUser;
  @Inject OrganisationService organisation;
  private Place place;

  /**
   * True when the caller may see exact counts of sealed records (violence needs, the violence
   * desk's consultations) and the audit trail's events about sealed content: the district's P2TP2A
   * case managers. The sealed records themselves are read by no one through intake: their content
   * is handed over to P2TP2A's case file, where {@link #violenceCases} decides who reads a case.
   */
  public boolean maySeeSealed() {
    return currentUser.get().map(u -> u.hasRole(Role.MANAJER_KASUS_P2TP2A)).orElse(false);
  }

  /**
   * The violence cases the caller reads: a P2TP2A case manager those assigned to them, a manager
   * the district named P2TP2A head all of them; everyone else none, the district admin included
   * (who may break the glass, logged, for one case).
   *
   * @param namedHead whether the district named the caller a P2TP2A head (the case module's record)
   */
  public CaseScope violenceCases(boolean namedHead) {
    return currentUser
        .get()
        .filter(u -> u.hasRole(Role.MANAJER_KASUS_P2TP2A))
        .map(u -> namedHead ? new CaseScope(true, null) : new CaseScope(false, u.username()))
        .orElse(CaseScope.NONE);
  }

  /**
   * True for the district admin, who may read one violence case in an emergency with a written
   * reason ("break the glass"), logged and shown to the case's managers.
   */
  public boolean mayBreakGlass() {
    return mayAdministerDistrict();
  }

  /** True for a P2TP2A case manager: the intake list of new hand-overs, opening a case. */
  public boolean mayHandleViolenceCases() {
    return currentUser.get().map(u -> u.hasRole(Role.MANAJER_KASUS_P2TP2A)).orElse(false);
  }

  /**
   * The agency a MITRA_DINAS caller speaks for: it sees only what is addressed to that agency (its
   * inbox, its referrals), and only what the service needs. Empty for every other caller; an agency
   * user without an agency gets the empty code, which matches nothing.
   */
  public Optional<String> agency() {
    return currentUser
        .get()
        .filter(u -> u.hasRole(Role.MITRA_DINAS))
        .map(u -> u.providerCode() == null ? "" : u.providerCode());
  }

  /** True when the caller manages the district: users, units, agencies, the audit trail. */
  public boolean mayAdministerDistrict() {
    return currentUser.get().map(u -> u.hasRole(Role.ADMIN_KABUPATEN)).orElse(false);
  }

  /** Refuses (403) a caller who does not manage the district. */
  public void requireDistrictAdmin() {
    if (!mayAdministerDistrict()) {
      throw new AccessDeniedException("auth.forbidden");
    }
  }

  /** True when the caller may read the district's organisation (units and agencies). */
  public boolean mayReadOrganisation() {
    return currentUser.get().map(u -> u.tenantSlug() != null && !u.roles().isEmpty()).orElse(false);
  }

  /**
   * The part of the district whose families, needs and proposals the caller's lists, searches and
   * exports show. District-wide roles (ADMIN_KABUPATEN, MANAJER_KASUS_P2TP2A) and users without a
   * place see the district; a user placed in a unit sees that unit's desa (or its kecamatan, for a
   * kecamatan supervision unit), a user placed in a kecamatan sees that kecamatan. Background work
   * (a system user) sees the district.
   */
  public Place place() {
    if (place == null) {
      place = currentUser.get().map(this::placeOf).orElse(Place.DISTRICT);
    }
    return place;
  }

  private Place placeOf(AuthenticatedUser user) {
    if (user.hasRole(Role.ADMIN_KABUPATEN) || user.hasRole(Role.MANAJER_KASUS_P2TP2A)) {
      return Place.DISTRICT;
    }
    if (user.unitCode() != null) {
      return organisation
          .findUnitView(user.unitCode())
          .map(
              unit ->
                  unit.villageCode() != null
                      ? Place.village(unit.villageCode())
                      : unit.kecamatanCode() != null
                          ? Place.kecamatan(unit.kecamatanCode())
                          : Place.DISTRICT)
          .orElse(Place.NOWHERE);
    }
    if (user.kecamatanCode() != null) {
      return Place.kecamatan(user.kecamatanCode());
    }
    return Place.DISTRICT;
  }

  /**
   * Which PKH families the caller sees: a PENDAMPING_PKH those of their own groups; a
   * KOORDINATOR_PKH those living in their place (a kecamatan coordinator their kecamatan, a
   * district coordinator the district); the district admin all; everyone else none.
   */
  public PkhScope pkhScope() {
    Optional<AuthenticatedUser> user = currentUser.get();
    if (user.isEmpty()) {
      return PkhScope.NONE;
    }
    if (user.get().hasRole(Role.ADMIN_KABUPATEN)) {
      return PkhScope.livingIn(Place.DISTRICT);
    }
    if (user.get().hasRole(Role.KOORDINATOR_PKH)) {
      return PkhScope.livingIn(place());
    }
    if (user.get().hasRole(Role.PENDAMPING_PKH)) {
      return PkhScope.groupsOf(user.get().username());
    }
    return PkhScope.NONE;
  }

  /**
   * Whether what the caller refers is made in the district's name ({@link
   * id.slrt.core.tenancy.TenantRunner#DISTRICT_NAME}) rather than their own: so for the district's
   * own offices (ADMIN_KABUPATEN, MANAJER_KASUS_P2TP2A), so that a referral out of a confidential
   * case reads like any other from the district office. Front-line users (a Puskesos officer, a
   * KLIK cadre, a PKH facilitator) refer in their own name, wherever they are placed; system users
   * already act in theirs.
   */
  public boolean refersInDistrictName() {
    return currentUser
        .get()
        .filter(u -> !u.username().startsWith(id.slrt.core.tenancy.TenantRunner.SYSTEM_PREFIX))
        .filter(u -> u.hasRole(Role.ADMIN_KABUPATEN) || u.hasRole(Role.MANAJER_KASUS_P2TP2A))
        .isPresent();
  }

  /**
   * Whether the caller may call this operation of a service, as its own {@code @RolesAllowed} says:
   * for a screen deciding whether to offer an action. A module's access bean names its operations
   * once (e.g. intake's {@code IntakeAccess}); nothing else writes the roles again.
   */
  public boolean mayCall(Class<?> service, String method) {
    Set<String> allowed = Operations.allowed(service, method);
    return currentUser
        .get()
        .map(
            u -> allowed == Operations.ANYONE || u.roleNames().stream().anyMatch(allowed::contains))
        .orElse(false);
  }

  /**
   * A count as shown to anyone who may not see the records behind it: below {@link #SMALL_COUNT},
   * none included, it is {@code "<5"}, so that "none" and "one" cannot be told apart either.
   */
  public static Object smallCount(long count) {
    return count < SMALL_COUNT ? "<" + SMALL_COUNT : count;
  }
}
