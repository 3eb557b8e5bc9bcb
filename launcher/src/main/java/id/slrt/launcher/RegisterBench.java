package id.slrt.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./slrt bench register}: registers families of three over REST, as Puskesos officers do,
 * with a number of clients for a number of seconds, and prints families per second and the latency
 * percentiles. Every registration goes through the whole path: sign-in checks, the access policy,
 * validation, the write and its audit event.
 */
final class RegisterBench {
  private RegisterBench() {}

  static void run(String api, String token, String regency, int clients, int seconds)
      throws Exception {
    List<String[]> villages = BenchFile.villages(regency);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicInteger next = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 100_000));
    // one warm-up pass so that the JIT and the pools are ready before the clock runs
    measure(http, api, token, villages, next, clients, Math.min(10, seconds));
    Result r = measure(http, api, token, villages, next, clients, seconds);
    System.out.printf(
        "register: %d clients, %d s: %d families (%.1f/s), %d refused, p50 %d ms, p95 %d ms,"
            + " p99 %d ms%n",
        clients, seconds, r.ok, r.ok / (double) seconds, r.failed, r.p(50), r.p(95), r.p(99));
  }

  private record Result(int ok, int failed, long[] millis) {
    long p(int percent) {
      return millis.length == 0
          ? 0
          : millis[Math.min(millis.length - 1, millis.length * percent / 100)];
    }
  }

  private static Result measure(
      HttpClient http,
      String api,
      String token,
      List<String[]> villages,
      AtomicInteger next,
      int clients,
      int seconds)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> work = new ArrayList<>();
    AtomicInteger failed = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      work.add(
          pool.submit(
              () -> {
                List<Long> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                  int family = next.incrementAndGet();
                  long started = System.nanoTime();
                  HttpResponse<Void> response =
                      http.send(
                          HttpRequest.newBuilder(URI.create(api + "/households"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(family(villages, family)))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (response.statusCode() == 201) {
                    times.add((System.nanoTime() - started) / 1_000_000);
                  } else {
                    failed.incrementAndGet();
                  }
                }
                return times.stream().mapToLong(Long::longValue).toArray();
              }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : work) {
      all.add(f.get());
    }
    pool.shutdown();
    long[] millis = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(millis.length, failed.get(), millis);
  }

  /** A mother, a father and a child, with numbers no earlier run used (the family's serial). */
  static String family(List<String[]> villages, int family) {
    String[] village = villages.get(family % villages.size());
    String kecamatan = village[1].replace(".", "");
    LocalDate issued = LocalDate.of(2000, 1, 1).plusDays(family % 9_000);
    String serial = String.format("%04d", 1 + family / 9_000 % 9999);
    String kk =
        kecamatan + issued.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy")) + serial;
    LocalDate father = LocalDate.of(1970, 1, 1).plusDays(family % 9_000);
    LocalDate mother = father.plusDays(400);
    LocalDate child = LocalDate.of(2000, 1, 1).plusDays(family % 9_000);
    return """
        {"kk": "%s", "address": {"villageCode": "%s", "rt": "001", "rw": "002"},
         "members": [
          {"nik": "%s", "name": "Ahmad Bench %d", "sex": "M", "birthDate": "%s", "relationship": "KEPALA_KELUARGA"},
          {"nik": "%s", "name": "Siti Bench %d", "sex": "F", "birthDate": "%s", "relationship": "ISTRI"},
          {"nik": "%s", "name": "Budi Bench %d", "sex": "M", "birthDate": "%s", "relationship": "ANAK"}]}
        """
        .formatted(
            kk,
            village[0],
            kecamatan + BenchFile.nikDate(father, false) + serial,
            family,
            father,
            kecamatan + BenchFile.nikDate(mother, true) + serial,
            family,
            mother,
            kecamatan + BenchFile.nikDate(child, false) + serial,
            family,
            child);
  }
}
