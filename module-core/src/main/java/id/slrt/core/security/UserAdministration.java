package id.slrt.core.security;

import id.slrt.core.audit.AuditTrail;
import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.error.PreconditionFailedException;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.organisation.OrganisationService;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.region.DistrictArea;
import id.slrt.core.region.Regions;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.text.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A district's users, managed by its ADMIN_KABUPATEN: create with one or more roles and a place in
 * the district, change, deactivate, reset the password to a one-time one. Any change of roles,
 * scope or password and a deactivation end the user's tokens and sessions at once (the account's
 * token version moves). Users change their own password with {@link #changeOwnPassword}.
 */
@ApplicationScoped
public class UserAdministration {
  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
  private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,99}";

  @Inject UserDirectory users;
  @Inject PasswordHasher hasher;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenantContext;
  @Inject OrganisationService organisation;
  @Inject Regions regions;
  @Inject SignIn signIn;
  @Inject AuditTrail audit;

  /** What the API and the screen show of a user: never a password or its hash. */
  public record UserView(
      long id,
      String username,
      String name,
      List<String> roles,
      String unitCode,
      String kecamatanCode,
      String providerCode,
      boolean active,
      boolean demo,
      boolean mustChangePassword,
      Instant lastSignInAt,
      Instant createdAt,
      int version) {}

  /** A user just created or reset, with the one-time password to hand over (shown once). */
  public record UserWithPassword(UserView user, String oneTimePassword) {
    /** The user's id (what the audit trail names as the target). */
    public long id() {
      return user.id();
    }
  }

  public record UserInput(
      String username,
      String name,
      List<String> roles,
      String unitCode,
      String kecamatanCode,
      String providerCode) {}

  public Page<UserView> list(PageRequest page) {
    Tenant tenant = requireAdmin();
    return new Page<>(
        users.listByTenant(tenant.slug(), page.offset(), page.size()).stream()
            .map(UserAdministration::view)
            .toList(),
        page.page(),
        page.size(),
        users.countByTenant(tenant.slug()));
  }

  public UserView get(long id) {
    return view(ownUser(id, requireAdmin()));
  }

  @Audited("user.create")
  public UserWithPassword create(UserInput input) {
    Tenant tenant = requireAdmin();
    FieldErrors errors = new FieldErrors();
    String username = username(input == null ? null : input.username(), errors);
    AuthenticatedUser user = checked(input, username, tenant, errors);
    errors.throwIfAny();
    String oneTime = PasswordPolicy.oneTime();
    long id =
        users
            .insert(user, hasher.hash(oneTime.toCharArray()), false, true, currentUser.username())
            .orElseThrow(() -> new ConflictException("user.duplicate", username));
    LOG.info(
        () ->
            "User " + username + " created in " + tenant.slug() + " by " + currentUser.username());
    return new UserWithPassword(view(users.find(id).orElseThrow()), oneTime);
  }

  @Audited("user.update")
  /**
   * Changes name, roles and scope.
   *
   * @param expectedVersion the version the caller read (the REST layer reads it from If-Match, once
   *     the caller is known to be the admin); null for no check
   */
  public UserView update(
      long id, java.util.function.LongFunction<Long> expectedVersion, UserInput input) {
    Tenant tenant = requireAdmin();
    UserAccount account = ownUser(id, tenant);
    Long expected = expectedVersion == null ? null : expectedVersion.apply(id);
    if (expected != null && expected != account.version()) {
      throw new PreconditionFailedException("record.stale");
    }
    FieldErrors errors = new FieldErrors();
    AuthenticatedUser changed = checked(input, account.username(), tenant, errors);
    if (isSelf(account) && !changed.hasRole(Role.ADMIN_KABUPATEN)) {
      errors.add("roles", "user.ownAdminRole");
    }
    errors.throwIfAny();
    boolean revoke =
        !changed.roles().equals(account.roles())
            || !java.util.Objects.equals(changed.unitCode(), account.unitCode())
            || !java.util.Objects.equals(changed.kecamatanCode(), account.kecamatanCode())
            || !java.util.Objects.equals(changed.providerCode(), account.providerCode());
    if (!users.update(id, account.version(), changed, revoke)) {
      throw new PreconditionFailedException("record.stale");
    }
    return view(users.find(id).orElseThrow());
  }

  @Audited("user.deactivate")
  public UserView deactivate(long id) {
    Tenant tenant = requireAdmin();
    UserAccount account = ownUser(id, tenant);
    if (isSelf(account)) {
      throw new ConflictException("user.deactivateSelf");
    }
    users.deactivate(id);
    LOG.info(() -> "User " + account.username() + " deactivated by " + currentUser.username());
    return view(users.find(id).orElseThrow());
  }

  /** A new one-time password; a deactivated user is active again with it. */
  @Audited("user.resetPassword")
  public UserWithPassword resetPassword(long id) {
    Tenant tenant = requireAdmin();
    UserAccount account = ownUser(id, tenant);
    String oneTime = PasswordPolicy.oneTime();
    users.setPassword(id, hasher.hash(oneTime.toCharArray()), true);
    if (!account.active()) {
      users.reactivate(id);
    }
    LOG.info(() -> "Password of " + account.username() + " reset by " + currentUser.username());
    return new UserWithPassword(view(users.find(id).orElseThrow()), oneTime);
  }

  /**
   * A user changes their own password, proving the current one (throttled like a sign-in). Ends
   * every token and session of the user, this one included.
   */
  public void changeOwnPassword(
      String username, char[] current, String newPassword, String address) {
    SignIn.Outcome outcome = signIn.check(username, current, address);
    UserAccount account;
    if (outcome instanceof SignIn.Success s) {
      account = s.account();
    } else if (outcome instanceof SignIn.PasswordChangeRequired r) {
      account = r.account();
    } else if (outcome instanceof SignIn.Throttled t) {
      throw new SignInThrottledException(t.retryAfter());
    } else {
      throw new InvalidCredentialsException();
    }
    FieldErrors errors = new FieldErrors();
    PasswordPolicy.check("newPassword", newPassword, account.username(), errors);
    if (errors.isEmpty()
        && hasher.verify(
            newPassword.toCharArray(),
            users.credentials(account.username()).orElseThrow().passwordHash())) {
      errors.add("newPassword", "password.same");
    }
    errors.throwIfAny();
    users.setPassword(account.id(), hasher.hash(newPassword.toCharArray()), false);
    audit.recordAtTheDoor(
        account.tenantSlug(), account.username(), address, "auth.passwordChanged");
    LOG.info(() -> "User " + account.username() + " changed their password");
  }

  private Tenant requireAdmin() {
    access.requireDistrictAdmin();
    return tenantContext.require();
  }

  private UserAccount ownUser(long id, Tenant tenant) {
    // a user of another district is not found, exactly as a missing id
    return users
        .find(id)
        .filter(u -> tenant.slug().equals(u.tenantSlug()))
        .orElseThrow(() -> new NotFoundException("user.notFound"));
  }

  private boolean isSelf(UserAccount account) {
    return account.username().equals(currentUser.username());
  }

  private static String username(String raw, FieldErrors errors) {
    String u = Input.clean(raw);
    if (u == null) {
      errors.add("username", "user.usernameRequired");
      return null;
    }
    u = u.toLowerCase(Locale.ROOT);
    if (!u.matches(USERNAME)) {
      errors.add("username", "user.usernameFormat");
      return null;
    }
    return u;
  }

  /** Name, roles and scope checked against the district; the user as it would sign in. */
  private AuthenticatedUser checked(
      UserInput in, String username, Tenant tenant, FieldErrors errors) {
    if (in == null) {
      errors.add("name", "name.required");
      errors.add("roles", "user.rolesRequired");
      return null;
    }
    String name = Input.clean(in.name());
    if (name == null) {
      errors.add("name", "name.required");
    } else if (name.length() > 150) {
      errors.add("name", "name.tooLong", 150);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (in.roles() == null || in.roles().isEmpty()) {
      errors.add("roles", "user.rolesRequired");
    } else {
      for (int i = 0; i < in.roles().size(); i++) {
        Role role = errors.code("roles[" + i + "]", Role.class, in.roles().get(i));
        if (role == Role.PEMANTAU) {
          errors.add("roles[" + i + "]", "user.nationalRole");
        } else if (role != null) {
          roles.add(role);
        }
      }
    }
    String unit = null;
    if (Input.clean(in.unitCode()) != null) {
      unit = organisation.findUnitView(in.unitCode()).map(u -> u.code()).orElse(null);
      if (unit == null) {
        errors.add("unitCode", "unit.notFound", in.unitCode().strip());
      }
    }
    String kecamatan = null;
    if (Input.clean(in.kecamatanCode()) != null) {
      RegionCode k =
          new DistrictArea(regions, tenant.regency(), tenant.name())
              .kecamatan(in.kecamatanCode(), "kecamatanCode", errors);
      kecamatan = k == null ? null : k.value();
    }
    String provider = null;
    if (Input.clean(in.providerCode()) != null) {
      provider = organisation.findProviderView(in.providerCode()).map(p -> p.code()).orElse(null);
      if (provider == null) {
        errors.add("providerCode", "provider.notFound", in.providerCode().strip());
      } else if (!roles.contains(Role.MITRA_DINAS)) {
        errors.add("providerCode", "user.providerOnlyForMitra");
      }
    } else if (roles.contains(Role.MITRA_DINAS)) {
      errors.add("providerCode", "user.mitraNeedsProvider");
    }
    return new AuthenticatedUser(
        username, name, roles, tenant.slug(), provider, unit, kecamatan, 0);
  }

  static UserView view(UserAccount a) {
    return new UserView(
        a.id(),
        a.username(),
        a.displayName(),
        a.roles().stream().sorted().map(Role::name).toList(),
        a.unitCode(),
        a.kecamatanCode(),
        a.providerCode(),
        a.active(),
        a.demo(),
        a.mustChangePassword(),
        a.lastSignInAt(),
        a.createdAt(),
        a.version());
  }
}
