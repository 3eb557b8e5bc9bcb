package id.slrt.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * {@code ./slrt bench referrals}: a district with 200,000 referrals (written by direct SQL over the
 * register of part data, deterministic from a seed: every service of the catalogue, every status, a
 * year of referring with open ones past their due date), then the three lists people open all day
 * at 8 clients over REST: the district admin's referral list (its first pages), an agency's inbox
 * (Dinas Kesehatan's demo desk) and the overdue list. Each answer must be a 200 with its total.
 */
final class ReferralBench {
  /** The statuses and their shares in ten thousandths, as a district's year of referring looks. */
  private static final String[] STATUS = {
    "DIRUJUK", "DITERIMA", "DIPROSES", "SELESAI", "DITOLAK", "DITARIK"
  };

  private static final int[] SHARE = {2000, 1000, 1500, 4500, 600, 400};

  private ReferralBench() {}

  /**
   * Writes {@code count} referrals with their first history line; answers how many were written.
   */
  static long load(DataSource db, int count, long seed) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    try (Connection c = db.getConnection()) {
      List<String[]> services = new ArrayList<>();
      try (Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT code, provider, sla_days FROM service_catalogue WHERE active ORDER BY code")) {
        while (rs.next()) {
          services.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      if (scalar(c, "SELECT COUNT(*) FROM referral") >= count) {
        return 0; // a kept bench server (SLRT_BENCH_KEEP=1) holds them already
      }
      long persons = scalar(c, "SELECT COUNT(*) FROM person");
      if (persons == 0 || services.isEmpty()) {
        throw new IllegalStateException("no register or catalogue to refer from: run part data");
      }
      long step = Math.max(1, persons / count);
      List<long[]> people = new ArrayList<>();
      List<String> villages = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT p.id, p.household_id, h.village_code FROM person p"
                  + " JOIN household h ON h.id = p.household_id WHERE MOD(p.id, ?) = 0 LIMIT ?")) {
        ps.setLong(1, step);
        ps.setInt(2, count);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            people.add(new long[] {rs.getLong(1), rs.getLong(2)});
            villages.add(rs.getString(3));
          }
        }
      }
      long first = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM referral");
      LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
      c.setAutoCommit(false);
      try (PreparedStatement r =
              c.prepareStatement(
                  "INSERT INTO referral (id, person_id, household_id, village_code, service_code,"
                      + " provider_code, reason, fast_track, status, outcome, due_date,"
                      + " referred_at, referred_by, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
          PreparedStatement e =
              c.prepareStatement(
                  "INSERT INTO referral_event (referral_id, from_status, to_status, note, at,"
                      + " by_user) VALUES (?, NULL, 'DIRUJUK', ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          long id = first + i;
          int who = i % people.size();
          String[] service = services.get(random.nextInt(services.size()));
          String status = status(random);
          LocalDate referred = today.minusDays(random.nextInt(365));
          Timestamp at = Timestamp.valueOf(referred.atTime(8 + random.nextInt(8), 0));
          r.setLong(1, id);
          r.setLong(2, people.get(who)[0]);
          r.setLong(3, people.get(who)[1]);
          r.setString(4, villages.get(who));
          r.setString(5, service[0]);
          r.setString(6, service[1]);
          r.setString(7, "Rujukan uji beban " + id);
          r.setBoolean(8, random.nextInt(10) == 0);
          r.setString(9, status);
          r.setString(10, status.equals("SELESAI") ? "DILAYANI" : null);
          // about seven calendar days a week of working days: SLA days times 1.4
          r.setDate(11, Date.valueOf(referred.plusDays(Integer.parseInt(service[2]) * 7L / 5)));
          r.setTimestamp(12, at);
          r.setString(13, "bench.karawang");
          r.addBatch();
          e.setLong(1, id);
          e.setString(2, "Rujukan uji beban " + id);
          e.setTimestamp(3, at);
          e.setString(4, "bench.karawang");
          e.addBatch();
          if ((i + 1) % 2000 == 0 || i == count - 1) {
            r.executeBatch();
            e.executeBatch();
            c.commit();
          }
        }
      } finally {
        c.setAutoCommit(true);
      }
      try (Statement st = c.createStatement()) {
        st.execute("ANALYZE TABLE referral, referral_event");
      }
      return count;
    }
  }

  private static String status(SplittableRandom random) {
    int pick = random.nextInt(10_000);
    for (int i = 0; i < SHARE.length; i++) {
      pick -= SHARE[i];
      if (pick < 0) {
        return STATUS[i];
      }
    }
    return STATUS[0];
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * One list at 8 clients: {@code path} below the tenant's API with the page as {@code %d} (the
   * first five pages, as people page), as {@code token}'s user.
   */
  static BenchLoad.Result run(
      HttpClient http, String api, String token, String path, int clients, int warmup, int seconds)
      throws Exception {
    return BenchLoad.run(
        clients,
        warmup,
        seconds,
        (client, serial) -> {
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(api + path.formatted(serial % 5)))
                      .header("Authorization", "Bearer " + token)
                      .header("Accept", "application/json")
                      .timeout(Duration.ofSeconds(60))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          return answer.statusCode() == 200 && answer.body().contains("\"total\"");
        });
  }
}
