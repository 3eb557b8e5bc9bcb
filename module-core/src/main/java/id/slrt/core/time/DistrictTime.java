package id.slrt.core.time;

import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The current district's time: its zone (from its province: Maros is WITA, Papua WIT) and its
 * today, from the application's {@link Clock}. Outside a district (a national monitor) the zone is
 * WIB, Jakarta's.
 */
@ApplicationScoped
public class DistrictTime {
  /** The zone of national screens, which have no district. */
  public static final ZoneId NATIONAL = ZoneId.of("Asia/Jakarta");

  @Inject Clock clock;
  @Inject TenantContext tenantContext;

  public ZoneId zone() {
    return tenantContext.current().map(Tenant::zone).orElse(NATIONAL);
  }

  /** Today's date in the district. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }
}
