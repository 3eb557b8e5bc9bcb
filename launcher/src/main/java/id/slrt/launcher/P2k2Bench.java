package id.slrt.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code ./slrt bench p2k2}: the facilitators' phone sync. 40 groups of 25 KPM of one facilitator
 * are written by direct SQL; then a batch of 40 session logs with 25 attendance records each (1,000
 * records) is sent as a phone sends it, again and again, each time with new phone ids and another
 * day, so every log is stored (the second and later ones of a session as conflicts, which cost the
 * same). Also timed: the same batch sent again (all unchanged), as after a lost answer.
 */
final class P2k2Bench {
  static final int GROUPS = 40;
  static final int PER_GROUP = 25;
  static final int WARMUP = 15;
  static final int RUNS = 30;

  private P2k2Bench() {}

  static void run(String api, String facilitatorToken, DataSource db, String regency)
      throws Exception {
    List<List<String>> groups = load(db, regency.replace(".", ""));
    HttpClient http = HttpClient.newHttpClient();
    LocalDate day = LocalDate.now().minusDays(300);
    for (int i = 0; i < WARMUP; i++) {
      send(http, api, facilitatorToken, batch(groups, day.plusDays(i)), "created");
    }
    double[] created = new double[RUNS];
    double[] unchanged = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      String body = batch(groups, day.plusDays(WARMUP + i));
      created[i] = send(http, api, facilitatorToken, body, "created");
      unchanged[i] = send(http, api, facilitatorToken, body, "unchanged");
    }
    Arrays.sort(created);
    Arrays.sort(unchanged);
    double median = created[RUNS / 2];
    double p95 = created[(int) Math.ceil(RUNS * 0.95) - 1];
    System.out.printf(
        "p2k2 sync: 1,000 attendance records (40 logs) stored in median %.0f ms, p95 %.0f ms;"
            + " sent again (unchanged) median %.0f ms%n",
        median, p95, unchanged[RUNS / 2]);
    BenchReport.row(
        "P2K2 sync, a batch of 40 logs with 1,000 attendance records, stored: median (ms)",
        String.format("%.0f", median),
        "-",
        "-",
        "< 500 ms",
        median < 500);
    BenchReport.row(
        "P2K2 sync, the same batch stored: p95 of " + RUNS + " (ms)",
        String.format("%.0f", p95),
        "-",
        "-",
        "-",
        null);
    BenchReport.row(
        "P2K2 sync, the same batch sent again (all unchanged): median (ms)",
        String.format("%.0f", unchanged[RUNS / 2]),
        "-",
        "-",
        "-",
        null);
  }

  /** The groups and their KPM's participant numbers (direct SQL; none of intake's tables). */
  static List<List<String>> load(DataSource db, String regency) throws SQLException {
    List<List<String>> groups = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement group =
              c.prepareStatement(
                  "INSERT IGNORE INTO pkh_group (code, facilitator) VALUES (?, 'pendamping.karawang')");
          PreparedStatement kpm =
              c.prepareStatement(
                  "INSERT IGNORE INTO kpm (participant_number, start_year, household_id,"
                      + " recipient_person_id, village_code, group_code, status)"
                      + " VALUES (?, 2020, ?, ?, '32.15.01.1001', ?, 'AKTIF')")) {
        for (int g = 0; g < GROUPS; g++) {
          String code = "BENCH-" + g;
          group.setString(1, code);
          group.addBatch();
          List<String> numbers = new ArrayList<>();
          for (int k = 0; k < PER_GROUP; k++) {
            long n = (long) g * PER_GROUP + k;
            String number = regency + String.format("%011d", 90_000_000_000L + n);
            kpm.setString(1, number);
            kpm.setLong(2, 900_000_000L + n);
            kpm.setLong(3, 900_000_000L + n);
            kpm.setString(4, code);
            kpm.addBatch();
            numbers.add(number);
          }
          groups.add(numbers);
        }
        group.executeBatch();
        kpm.executeBatch();
      }
      c.commit();
    }
    return groups;
  }

  /** One log per group, session by the day (PPA 1-4 in turn), new phone ids. */
  static String batch(List<List<String>> groups, LocalDate day) {
    StringBuilder b = new StringBuilder("[");
    for (int g = 0; g < groups.size(); g++) {
      if (g > 0) {
        b.append(',');
      }
      b.append("{\"id\":\"")
          .append(UUID.randomUUID())
          .append("\",\"groupCode\":\"BENCH-")
          .append(g)
          .append("\",\"moduleCode\":\"PPA\",\"sessionNo\":")
          .append(1 + day.getDayOfYear() % 4)
          .append(",\"heldOn\":\"")
          .append(day)
          .append("\",\"place\":\"Balai desa\",\"attendance\":[");
      List<String> kpm = groups.get(g);
      for (int k = 0; k < kpm.size(); k++) {
        b.append(k > 0 ? "," : "")
            .append("{\"participantNumber\":\"")
            .append(kpm.get(k))
            .append("\",\"status\":\"")
            .append(k % 10 == 0 ? "IZIN" : k % 7 == 0 ? "TIDAK_HADIR" : "HADIR")
            .append("\"}");
      }
      b.append("]}");
    }
    return b.append(']').toString();
  }

  /** Sends one batch; answers its time in ms, after checking every log's result. */
  static double send(HttpClient http, String api, String token, String body, String expected)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api + "/pkh/p2k2-sessions"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - started) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "sync answered " + response.statusCode() + ": " + response.body());
    }
    int results = response.body().split("\"result\":\"" + expected + "\"", -1).length - 1;
    if (results != GROUPS) {
      throw new IllegalStateException(
          "expected " + GROUPS + " logs " + expected + ", got: " + response.body());
    }
    return ms;
  }
}
