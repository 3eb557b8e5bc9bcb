package id.slrt.core.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling: the username, the roles, the district the user belongs to (null for a national
 * PEMANTAU) and the user's place in it: a unit (a Puskesos, the secretariat), a kecamatan, and for
 * a MITRA_DINAS the provider agency it speaks for. {@code tokenVersion} is the account's version
 * when the token or session was issued; any later change of roles, scope or password, and a
 * deactivation, makes it stale (see {@link UserDirectory#isCurrent}).
 */
public record AuthenticatedUser(
    String username,
    String displayName,
    Set<Role> roles,
    String tenantSlug,
    String providerCode,
    String unitCode,
    String kecamatanCode,
    int tokenVersion)
    implements Serializable {

  public AuthenticatedUser {
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** A system user for background work in a tenant (timers, observers, imports). */
  public static AuthenticatedUser system(String name, String tenantSlug, Set<Role> roles) {
    return new AuthenticatedUser(name, name, roles, tenantSlug, null, null, null, 0);
  }

  public boolean mayActFor(String slug) {
    return tenantSlug != null && tenantSlug.equals(slug);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Role... wanted) {
    for (Role r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** The role names, in the order of {@link Role}, as the container's groups. */
  public Set<String> roleNames() {
    return roles.stream()
        .sorted()
        .map(Role::name)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
