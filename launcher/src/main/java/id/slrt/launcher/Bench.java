package id.slrt.launcher;

import id.slrt.core.tenancy.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The Java half of {@code ./slrt bench}; the script starts the server of the run and passes its
 * address, a token and the tenant. Each part prints its figures and adds its rows to the run's
 * table ({@link BenchReport}).
 *
 * <pre>
 *   bench-data SLUG REGENCY FAMILIES SEED
 *   bench-register API TOKEN SLUG REGENCY SECONDS
 *   bench-search API TOKEN SLUG SECONDS
 *   bench-curve API TOKEN SLUG REGENCY SECONDS PNG
 *   bench-import-limit SLUG FILE
 *   bench-row FIGURE VALUE LIMIT RATIO GOAL MET
 *   bench-report HEADING
 * </pre>
 */
final class Bench {
  static final long SEED = 20261203L;
  private static final int WARMUP = 10;

  /**
   * Seconds each referral list is warmed up before it is measured: on a fresh server the first
   * list's 5 s gave twice the CPU per answer of the same list warmed (session 14).
   */
  private static final int REFERRAL_WARMUP =
      Math.toIntExact(longFromEnv("SLRT_BENCH_REFERRAL_WARMUP", 30));

  /**
   * Registration's warm-up: the first load of a fresh server. With 10 s, the 2026-12-03 run
   * measured 126 families/s at 4 clients in the register part and 441/s at 4 clients in the curve a
   * few minutes later on the same server: the JIT compilers were still at work on the shared cores.
   */
  private static final int REGISTER_WARMUP =
      Math.toIntExact(longFromEnv("SLRT_BENCH_REGISTER_WARMUP", 60));

  /** The registration part's concurrencies; a profiling session may ask for one of them. */
  private static final List<Integer> REGISTER_CLIENTS =
      Arrays.stream(System.getenv().getOrDefault("SLRT_BENCH_REGISTER_CLIENTS", "4,32").split(","))
          .map(String::trim)
          .map(Integer::valueOf)
          .toList();

  /** A whole number from the environment, or {@code otherwise} when it is not set. */
  static long longFromEnv(String name, long otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : Long.parseLong(value.trim());
  }

  private Bench() {}

  static void main(String[] a, DataSourceFactory db) throws Exception {
    switch (a[0]) {
      case "bench-data" ->
          BenchData.load(db.tenant(a[1]), a[2], Integer.parseInt(a[3]), Long.parseLong(a[4]));
      case "bench-register" -> register(a[1], a[2], db.tenant(a[3]), a[4], Integer.parseInt(a[5]));
      case "bench-search" -> search(a[1], a[2], db.tenant(a[3]), Integer.parseInt(a[4]));
      case "bench-referrals" ->
          referrals(
              a[1], a[2], a[3], db.tenant(a[4]), Integer.parseInt(a[5]), Integer.parseInt(a[6]));
      case "bench-curve" ->
          BenchCurve.run(a[1], a[2], db.tenant(a[3]), a[4], Integer.parseInt(a[5]), Path.of(a[6]));
      case "bench-import-limit" -> {
        double[] s =
            BenchImportLimit.run(
                DbUrl.parse(System.getenv("SLRT_DB_URL")).schema(schemaOf(a[1])),
                System.getenv("SLRT_DB_USER"),
                System.getenv("SLRT_DB_PASSWORD"),
                schemaOf(a[1]),
                Path.of(a[2]));
        System.out.printf("LIMIT %.1f %.1f%n", s[0], s[1]);
      }
      case "bench-p2k2" -> P2k2Bench.run(a[1], a[2], db.tenant(a[3]), a[4]);
      case "bench-row" ->
          BenchReport.row(
              a[1], a[2], a[3], a[4], a[5], a[6].equals("-") ? null : a[6].equals("met"));
      case "bench-report" -> BenchReport.print(a[1]);
      default -> throw new IllegalArgumentException("unknown bench part " + a[0]);
    }
  }

  /** The tenant's schema as a plain data source (the launcher's connection settings). */
  interface DataSourceFactory {
    DataSource tenant(String slug);
  }

  static String schemaOf(String slug) {
    return Tenant.schemaFor(slug);
  }

  private static void register(String api, String token, DataSource db, String regency, int s)
      throws Exception {
    RegisterBench bench = new RegisterBench(regency, 0);
    HttpClient http = SearchBench.client();
    for (int clients : REGISTER_CLIENTS) {
      RegisterBench.awaitSealed(db);
      BenchLoad.Result rest = bench.rest(http, api, token, clients, REGISTER_WARMUP, s);
      System.out.println(rest.line("register over REST"));
      RegisterBench.awaitSealed(db);
      BenchLoad.Result raw = bench.jdbc(db, clients, WARMUP, s);
      System.out.println(raw.line("same rows by raw JDBC"));
      double ratio = rest.perSecond() / raw.perSecond();
      BenchReport.row(
          "register a family of three, " + clients + " clients (families/s)",
          String.format("%.0f", rest.perSecond()),
          String.format("%.0f (raw JDBC)", raw.perSecond()),
          String.format("%.2f", ratio),
          clients == 32 ? ">= 0.50 of raw" : "-",
          clients == 32 ? ratio >= 0.5 : null);
      BenchReport.row(
          "register, " + clients + " clients: p99 (ms)",
          String.format("%.1f", rest.millis(99)),
          String.format("%.1f (raw JDBC)", raw.millis(99)),
          String.format("%.2f", raw.millis(99) / Math.max(0.001, rest.millis(99))),
          "< 50 ms",
          rest.millis(99) < 50);
      cpuRow(clients, rest, raw);
      if (clients == 32) {
        // the floor: what the server answers at all, the smallest authenticated call beside the
        // same limit (a registration cannot be cheaper than the bearer token, the account check
        // and one small read)
        RegisterBench.awaitSealed(db);
        BenchLoad.Result floor = smallestCall(http, api, token, clients, s);
        System.out.println(floor.line("the smallest authenticated call (GET /services)"));
        BenchReport.row(
            "the smallest authenticated call (GET /services), 32 clients (answers/s)",
            String.format("%.0f, p99 %.1f ms", floor.perSecond(), floor.millis(99)),
            String.format("%.0f (raw JDBC registrations)", raw.perSecond()),
            String.format("%.2f", floor.perSecond() / raw.perSecond()),
            "-",
            null);
      }
      if (rest.failed() > 0) {
        BenchReport.row(
            "register, " + clients + " clients: refused or failed",
            Long.toString(rest.failed()),
            "0",
            "-",
            "0",
            false);
      }
    }
  }

  /**
   * Where the cores went, per family: Payara, the database, the load generator and anything else.
   * With the cores busy in both runs, the throughput ratio cannot exceed the ratio of these totals
   * (raw over REST), which this row's ratio column gives.
   */
  private static void cpuRow(int clients, BenchLoad.Result rest, BenchLoad.Result raw)
      throws Exception {
    if (rest.cpu() == null || raw.cpu() == null) {
      return;
    }
    double[] r = rest.cpu().perRequestMillis(rest.ok());
    double[] j = raw.cpu().perRequestMillis(raw.ok());
    String format = "%.2f + %.2f + %.2f + %.2f = %.2f, cores %.0f%% busy";
    BenchReport.row(
        "register, "
            + clients
            + " clients: CPU per family, Payara + database + load generator + other (ms)",
        String.format(format, r[0], r[1], r[2], r[3], r[4], rest.cpu().busy() * 100),
        String.format(format, j[0], j[1], j[2], j[3], j[4], raw.cpu().busy() * 100) + " (raw JDBC)",
        String.format("%.2f", j[4] / r[4]),
        "-",
        null);
  }

  private static BenchLoad.Result smallestCall(
      HttpClient http, String api, String token, int clients, int s) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api + "/services"))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return BenchLoad.run(
        clients,
        WARMUP,
        s,
        (client, serial) ->
            http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  private static void search(String api, String token, DataSource db, int s) throws Exception {
    Map<String, List<String>> kinds = SearchBench.queries(db, SEED);
    HttpClient http = SearchBench.client();
    int clients = 8;
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
      boolean mustFind = !kind.getKey().startsWith("deep");
      BenchLoad.Result r =
          SearchBench.run(http, api, token, kind.getValue(), mustFind, clients, WARMUP / 2, s);
      System.out.println(r.line("search by " + kind.getKey()));
      BenchReport.row(
          "search by " + kind.getKey() + ", 8 clients: p95 (ms)",
          String.format("%.1f", r.millis(95)),
          "-",
          "-",
          "< 100 ms",
          r.millis(95) < 100 && r.failed() == 0);
      BenchReport.row(
          "search by " + kind.getKey() + ", 8 clients: answers/s (p50, p99 ms)",
          String.format("%.0f (%.1f, %.1f)", r.perSecond(), r.millis(50), r.millis(99)),
          "-",
          "-",
          "-",
          null);
      if (r.failed() > 0) {
        failures.add(kind.getKey() + ": " + r.failed());
      }
    }
    if (!failures.isEmpty()) {
      System.out.println("search: failed or empty answers: " + failures);
    }
  }

  /**
   * Part referrals: {@code count} referrals written by direct SQL, then the district admin's
   * referral list, Dinas Kesehatan's inbox and the overdue list at 8 clients, p95 against 100 ms.
   */
  private static void referrals(
      String api, String adminToken, String agencyToken, DataSource db, int count, int s)
      throws Exception {
    long started = System.nanoTime();
    long written = ReferralBench.load(db, count, SEED);
    System.out.printf(
        "referrals: %,d written in %.1f s (direct SQL)%s%n",
        written,
        (System.nanoTime() - started) / 1e9,
        written == 0 ? "; the kept server holds them already" : "");
    HttpClient http = SearchBench.client();
    String[][] lists = {
      {"referral list (district admin, pages 1-5)", adminToken, "/referrals?page=%d&size=20"},
      {"agency inbox (Dinas Kesehatan, pages 1-5)", agencyToken, "/inbox?page=%d&size=20"},
      {
        "overdue list (district admin, pages 1-5)",
        adminToken,
        "/referrals?overdue=true&page=%d&size=20"
      }
    };
    for (String[] list : lists) {
      BenchLoad.Result r = ReferralBench.run(http, api, list[1], list[2], 8, REFERRAL_WARMUP, s);
      System.out.println(r.line(list[0]));
      BenchReport.row(
          list[0] + ", " + String.format("%,d", count) + " referrals, 8 clients: p95 (ms)",
          String.format("%.1f", r.millis(95)),
          "-",
          "-",
          "< 100 ms",
          r.millis(95) < 100 && r.failed() == 0);
      BenchReport.row(
          list[0] + ", 8 clients: answers/s (p50, p99 ms)",
          String.format("%.0f (%.1f, %.1f)", r.perSecond(), r.millis(50), r.millis(99)),
          "-",
          "-",
          "-",
          null);
      if (r.failed() > 0) {
        System.out.println(list[0] + ": failed answers: " + r.failed());
      }
    }
  }
}
