package id.slrt.referral.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ListCountsTest {
  private final ListCounts counts = new ListCounts();
  private final AtomicLong rows = new AtomicLong();
  private final AtomicInteger countsAsked = new AtomicInteger();
  private final AtomicInteger probesAsked = new AtomicInteger();

  private long upTo(String list, long now) {
    return counts.upTo(
        list,
        100,
        () -> {
          countsAsked.incrementAndGet();
          return rows.get();
        },
        () -> {
          probesAsked.incrementAndGet();
          return rows.get() > 100;
        },
        now);
  }

  @Test
  void aListUnderTheCapIsCountedAtOnceFromItsSecondCountOn() {
    rows.set(40);
    assertThat(upTo("inbox", 0)).isEqualTo(40);
    assertThat(probesAsked).hasValue(1);
    rows.set(41);
    assertThat(upTo("inbox", 1)).isEqualTo(41);
    assertThat(upTo("inbox", 2)).isEqualTo(41);
    assertThat(probesAsked).hasValue(1);
    assertThat(countsAsked).hasValue(3);
    // grown past the cap: more than the cap, and not counted again for a minute
    rows.set(150);
    assertThat(upTo("inbox", 3)).isEqualTo(101);
    assertThat(upTo("inbox", 4)).isEqualTo(101);
    assertThat(countsAsked).hasValue(4);
  }

  @Test
  void aListOverTheCapIsAskedAgainOnlyAfterAMinute() {
    rows.set(5000);
    assertThat(upTo("district", 0)).isEqualTo(101);
    assertThat(upTo("district", ListCounts.OVER_CAP_NANOS - 1)).isEqualTo(101);
    assertThat(probesAsked).hasValue(1);
    assertThat(countsAsked).hasValue(0);
    // fallen under the cap: found out at the first probe after the minute, and counted exactly
    rows.set(60);
    assertThat(upTo("district", ListCounts.OVER_CAP_NANOS)).isEqualTo(60);
    assertThat(probesAsked).hasValue(2);
  }

  @Test
  void eachListIsRememberedApart() {
    rows.set(5000);
    assertThat(upTo("karawang overdue", 0)).isEqualTo(101);
    rows.set(3);
    assertThat(upTo("maros overdue", 1)).isEqualTo(3);
    assertThat(upTo("karawang overdue", 2)).isEqualTo(101);
  }
}
