package id.slrt.core.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user account as the platform keeps it. {@code version} moves with every change (the ETag of the
 * users API); {@code tokenVersion} moves with the changes that must end the user's tokens and
 * sessions: roles, scope, password, deactivation.
 */
public record UserAccount(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    String tenantSlug,
    String providerCode,
    String unitCode,
    String kecamatanCode,
    boolean active,
    boolean demo,
    boolean mustChangePassword,
    int tokenVersion,
    int version,
    Instant lastSignInAt,
    Instant createdAt) {

  /** Whether the account is active in the district {@code tenantSlug} with the role. */
  public boolean actsAs(Role role, String tenantSlug) {
    return active && roles.contains(role) && java.util.Objects.equals(this.tenantSlug, tenantSlug);
  }

  public AuthenticatedUser asCaller() {
    return new AuthenticatedUser(
        username,
        displayName,
        roles,
        tenantSlug,
        providerCode,
        unitCode,
        kecamatanCode,
        tokenVersion);
  }
}
