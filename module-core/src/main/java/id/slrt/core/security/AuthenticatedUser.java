package id.slrt.core.security;

import java.io.Serializable;

/**
 * Who is calling: the username, the role, the district the user belongs to (null for a national
 * PEMANTAU) and, for a MITRA_DINAS, the provider agency it speaks for.
 */
public record AuthenticatedUser(
    String username, String displayName, Role role, String tenantSlug, String providerCode)
    implements Serializable {

  public boolean mayActFor(String slug) {
    return tenantSlug != null && tenantSlug.equals(slug);
  }
}
