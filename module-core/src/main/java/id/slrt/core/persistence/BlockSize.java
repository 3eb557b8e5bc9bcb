package id.slrt.core.persistence;

/**
 * How many ids a writer takes next for one table: a block used up within a second is followed by
 * one twice as large (up to a maximum), so that a bulk writer (an import, registrations at a high
 * rate) goes back to {@code id_block} rarely, while a quiet server takes small blocks and leaves
 * few ids unused when it stops. A block that lasted longer than that is followed by one of the base
 * size again.
 */
final class BlockSize {
  static final long QUICK_NANOS = 1_000_000_000L;

  private final int base;
  private final int max;
  private int current;
  private long lastTaken;
  private boolean taken;

  BlockSize(int base, int max) {
    if (base < 1 || max < base) {
      throw new IllegalArgumentException("Block sizes " + base + ".." + max);
    }
    this.base = base;
    this.max = max;
    this.current = base;
  }

  /** The size of the block to take now, {@code nanoTime} being {@link System#nanoTime()}. */
  synchronized int next(long nanoTime) {
    current = taken && nanoTime - lastTaken < QUICK_NANOS ? Math.min(max, current * 2) : base;
    taken = true;
    lastTaken = nanoTime;
    return current;
  }
}
