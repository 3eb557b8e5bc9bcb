package id.slrt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who used the machine's cores during a measured window: the CPU time of Payara, of the database
 * and of the load generator itself (this JVM), read from Linux's {@code /proc} before and after,
 * and the busy time of the whole machine, so that "other" shows what else ran. Database, Payara and
 * the load generator share the cores; when the machine is busy all the time, a figure's ratio to
 * its limit cannot exceed the ratio of their CPU times per request, whatever the code does with its
 * waits.
 *
 * <p>The script passes the processes' ids in {@code SLRT_BENCH_SERVER_PID} and {@code
 * SLRT_BENCH_DB_PID}, and the length of a tick in {@code SLRT_BENCH_CLK_TCK} ({@code getconf
 * CLK_TCK}); without them (another operating system) nothing is measured.
 */
final class CpuShare {
  private static final long TICKS_PER_SECOND = Bench.longFromEnv("SLRT_BENCH_CLK_TCK", 100);
  private static final String SERVER = System.getenv("SLRT_BENCH_SERVER_PID");
  private static final String DATABASE = System.getenv("SLRT_BENCH_DB_PID");

  private CpuShare() {}

  /** Ticks used so far by each process and by the machine (busy and all), at one moment. */
  record Sample(long server, long database, long generator, long busy, long all) {}

  /**
   * CPU seconds used in a window by each process, the rest of the machine, and the window's length
   * in core-seconds.
   */
  record Use(double server, double database, double generator, double other, double coreSeconds) {
    double total() {
      return server + database + generator + other;
    }

    /** The share of the cores that were busy in the window. */
    double busy() {
      return coreSeconds == 0 ? 0 : total() / coreSeconds;
    }

    /** Milliseconds of CPU per request: Payara, database, generator, other, all. */
    double[] perRequestMillis(long requests) {
      double n = Math.max(1, requests) / 1000.0;
      return new double[] {server / n, database / n, generator / n, other / n, total() / n};
    }

    String line(long requests) {
      double[] ms = perRequestMillis(requests);
      return String.format(
          "CPU per request: Payara %.2f ms, database %.2f ms, load generator %.2f ms, other %.2f ms"
              + " (%.2f ms in all); the cores were %.0f%% busy",
          ms[0], ms[1], ms[2], ms[3], ms[4], busy() * 100);
    }
  }

  /** Now, or null when {@code /proc} or the process ids are not there. */
  static Sample sample() {
    if (DATABASE == null || !Files.isReadable(Path.of("/proc/stat"))) {
      return null;
    }
    try {
      long[] machine = machine();
      return new Sample(
          SERVER == null ? 0 : process(SERVER),
          process(DATABASE),
          process("self"),
          machine[0],
          machine[1]);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** What was used between two samples; null when either is missing. */
  static Use between(Sample before, Sample after) {
    if (before == null || after == null) {
      return null;
    }
    double tick = 1.0 / TICKS_PER_SECOND;
    double server = (after.server() - before.server()) * tick;
    double database = (after.database() - before.database()) * tick;
    double generator = (after.generator() - before.generator()) * tick;
    double busy = (after.busy() - before.busy()) * tick;
    return new Use(
        server,
        database,
        generator,
        Math.max(0, busy - server - database - generator),
        (after.all() - before.all()) * tick);
  }

  /** utime + stime of a process (fields 14 and 15 of its stat line, after the command's name). */
  private static long process(String pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", pid.trim(), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields[0] is the state (field 3), so utime (field 14) is fields[11]
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** The machine's busy ticks (all but idle and iowait) and all ticks, over every core. */
  private static long[] machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
    String[] f = cpu.trim().split("\\s+");
    long all = 0;
    long idle = 0;
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
      long v = Long.parseLong(f[i]);
      all += v;
      if (i == 4 || i == 5) {
        idle += v;
      }
    }
    return new long[] {all - idle, all};
  }
}
