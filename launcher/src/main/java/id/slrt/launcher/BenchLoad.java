package id.slrt.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The load generator of {@code ./slrt bench}: a number of clients, each sending its next request as
 * soon as the last one is answered (a closed loop, as officers at their desks do), for a fixed time
 * after a warm-up; every latency goes to an HdrHistogram (microseconds, three significant digits).
 */
final class BenchLoad {
  private BenchLoad() {}

  /** One request of one client; true when it was answered as expected. */
  @FunctionalInterface
  interface Request {
    boolean send(int client, long serial) throws Exception;
  }

  /**
   * @param cpu who used the cores during the measured window; null where it cannot be read
   */
  record Result(
      int clients, double seconds, long ok, long failed, Histogram latency, CpuShare.Use cpu) {
    double perSecond() {
      return ok / seconds;
    }

    double millis(double percentile) {
      return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(percentile) / 1000.0;
    }

    String line(String what) {
      return String.format(
              "%s: %d clients, %.0f s: %,d answered (%.1f/s), %d failed, p50 %.1f ms, p95 %.1f ms,"
                  + " p99 %.1f ms, max %.1f ms",
              what,
              clients,
              seconds,
              ok,
              perSecond(),
              failed,
              millis(50),
              millis(95),
              millis(99),
              latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1000.0)
          + (cpu == null ? "" : "\n  " + cpu.line(ok));
    }
  }

  static Result run(int clients, int warmupSeconds, int seconds, Request request) throws Exception {
    if (warmupSeconds > 0) {
      measure(clients, warmupSeconds, request, 1_000_000_000L);
    }
    return measure(clients, seconds, request, 0);
  }

  private static Result measure(int clients, int seconds, Request request, long serialBase)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CpuShare.Sample cpuBefore = CpuShare.sample();
    long started = System.nanoTime();
    long end = started + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<long[]>> work = new ArrayList<>();
    List<Histogram> histograms = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Histogram h = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
      histograms.add(h);
      int client = c;
      work.add(
          pool.submit(
              () -> {
                long ok = 0;
                long failed = 0;
                long serial = serialBase + (long) client * 100_000_000L;
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  boolean fine;
                  try {
                    fine = request.send(client, serial++);
                  } catch (Exception e) {
                    fine = false;
                  }
                  if (fine) {
                    h.recordValue(
                        Math.min(h.getHighestTrackableValue(), (System.nanoTime() - t0) / 1000));
                    ok++;
                  } else {
                    failed++;
                  }
                }
                return new long[] {ok, failed};
              }));
    }
    long ok = 0;
    long failed = 0;
    for (Future<long[]> f : work) {
      long[] r = f.get();
      ok += r[0];
      failed += r[1];
    }
    double took = (System.nanoTime() - started) / 1e9;
    CpuShare.Use cpu = CpuShare.between(cpuBefore, CpuShare.sample());
    pool.shutdown();
    Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    histograms.forEach(all::add);
    return new Result(clients, took, ok, failed, all, cpu);
  }
}
