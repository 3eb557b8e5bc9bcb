package id.slrt.core.tenancy;

import id.slrt.core.identity.RegionCode;
import java.io.Serializable;
import java.time.ZoneId;

/**
 * A district running as its own tenant: its slug ({@code karawang}), its regency, the schema its
 * data lives in and the JNDI name of the connection pool that reaches that schema.
 */
public record Tenant(
    String slug, RegionCode regency, String name, String schema, String jndiName, ZoneId zone)
    implements Serializable {

  public static final String SLUG_PATTERN = "[a-z][a-z0-9]{1,29}";

  public static String schemaFor(String slug) {
    return "slrt_" + slug;
  }

  public static String jndiNameFor(String slug) {
    return "jdbc/slrt/" + slug;
  }
}
