package id.slrt.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application (UTC). Services, timers and observers inject {@link Clock}
 * instead of calling {@code Instant.now()}, so that tests can reason about time; a district's local
 * date comes from {@code Tenant.zone()}.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
