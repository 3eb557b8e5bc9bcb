package id.slrt.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockSizeTest {
  private static final long MS = 1_000_000L;

  @Test
  void blocksUsedUpQuicklyGrowTwofoldUpToTheMaximum() {
    BlockSize size = new BlockSize(50, 1600);
    long t = 7_000 * MS;

    assertThat(size.next(t)).isEqualTo(50);
    assertThat(size.next(t += 30 * MS)).isEqualTo(100);
    assertThat(size.next(t += 30 * MS)).isEqualTo(200);
    assertThat(size.next(t += 30 * MS)).isEqualTo(400);
    assertThat(size.next(t += 30 * MS)).isEqualTo(800);
    assertThat(size.next(t += 30 * MS)).isEqualTo(1600);
    assertThat(size.next(t + 30 * MS)).isEqualTo(1600);
  }

  @Test
  void aBlockThatLastedASecondOrMoreIsFollowedByOneOfTheBaseSize() {
    BlockSize size = new BlockSize(50, 1600);
    long t = 0;
    size.next(t);
    size.next(t += 10 * MS);
    assertThat(size.next(t += 10 * MS)).isEqualTo(200);

    assertThat(size.next(t += 1_000 * MS)).isEqualTo(50);
    assertThat(size.next(t + 999 * MS)).isEqualTo(100);
  }

  @Test
  void theFirstBlockIsTheBaseSizeWhateverTheClockSays() {
    assertThat(new BlockSize(50, 1600).next(Long.MIN_VALUE + 5)).isEqualTo(50);
    assertThat(new BlockSize(50, 1600).next(0)).isEqualTo(50);
  }
}
