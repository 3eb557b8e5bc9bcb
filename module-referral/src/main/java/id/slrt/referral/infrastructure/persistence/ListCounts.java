package id.slrt.referral.infrastructure.persistence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Counts of lists up to a cap, with what this server found last time per list (district, filter and
 * values): a list counted under the cap is counted at once next time (one statement instead of
 * probing past the cap first: an agency's inbox, a status, a person's referrals); a list found to
 * hold more than the cap (the district's list, the overdue list) is answered "more than the cap"
 * without asking again for a minute. The most recent 1,000 lists are remembered.
 */
final class ListCounts {
  /** A list known to hold more than the cap is probed again after this long. */
  static final long OVER_CAP_NANOS = TimeUnit.SECONDS.toNanos(60);

  private static final Long UNDER_CAP = Long.MIN_VALUE;

  private final Map<String, Long> last =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
              return size() > 1000;
            }
          });

  /**
   * How many the list holds, or {@code cap + 1} for more than {@code cap}.
   *
   * @param count counts the whole list
   * @param pastCap whether the list holds a row past the cap (a probe that stops there)
   * @param now {@link System#nanoTime()}
   */
  long upTo(String list, long cap, LongSupplier count, BooleanSupplier pastCap, long now) {
    Long found = last.get(list);
    if (UNDER_CAP.equals(found)) {
      long counted = count.getAsLong();
      if (counted <= cap) {
        return counted;
      }
      last.put(list, now);
      return cap + 1;
    }
    if (found != null && now - found < OVER_CAP_NANOS) {
      return cap + 1;
    }
    if (pastCap.getAsBoolean()) {
      last.put(list, now);
      return cap + 1;
    }
    last.put(list, UNDER_CAP);
    return count.getAsLong();
  }
}
