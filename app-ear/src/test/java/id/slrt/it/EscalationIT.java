package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An overdue referral climbs the district's chain as days go by: the escalation pass runs with
 * {@code ./slrt referral escalate --as-of}, which moves its clock, as a second server would run it
 * beside the one under test. Each level is raised once, on the first day it is reached, whoever
 * runs the pass and however many run at once; each level reaches the users of its place, never the
 * agency.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String escalate(LocalDate asOf) throws Exception {
    return Slrt.run("referral", "escalate", "karawang", "--as-of", asOf.toString());
  }

  private static JsonObject referral(String token, long id) {
    Api.Reply reply = Api.send("GET", "/t/karawang/referrals/" + id, token, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** The referral's level and the day it was raised to it, or "-" when it never was. */
  private static String escalation(String token, long id) {
    JsonObject r = referral(token, id);
    if (!r.containsKey("escalation")) {
      return "-";
    }
    JsonObject e = r.getJsonObject("escalation");
    return e.getString("level") + " " + e.getString("raisedOn");
  }

  /** Whether the referral is in the caller's escalation list (its first pages). */
  private static boolean escalatedTo(String token, long id) {
    Api.Reply list = Api.send("GET", "/t/karawang/escalations?size=100", token, null);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("items").stream()
        .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id);
  }

  private static Connection karawang() throws Exception {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/slrt_karawang",
        System.getProperty("slrt.db.user"),
        System.getProperty("slrt.db.password"));
  }

  /** Rows of the escalation table for this referral, by step: what the passes wrote. */
  private static Map<Integer, Integer> rows(long referralId) throws Exception {
    Map<Integer, Integer> rows = new TreeMap<>();
    try (Connection c = karawang();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT step, COUNT(*) FROM referral_escalation WHERE referral_id = ?"
                    + " GROUP BY step")) {
      ps.setLong(1, referralId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getInt(1), rs.getInt(2));
        }
      }
    }
    return rows;
  }

  @Test
  void anOverdueReferralClimbsFromThePuskesosToTheKecamatanToTheDistrictOnce() throws Exception {
    String admin = Api.token("admin.karawang");
    String dinkes = Api.token("dinkes.karawang");
    String s = Api.serial();
    String[] officer = UserAdminIT.readyOfficer(admin, "kulon.esk" + s);
    String kulon = Api.token("kulon.esk" + s, officer[1]);
    String[] supervisor =
        UserAdminIT.readyUser(
            admin,
            "tksk.esk" + s,
            ("{\"username\": \"tksk.esk%s\", \"name\": \"Asep TKSK\","
                    + " \"roles\": [\"PETUGAS_PUSKESOS\"], \"kecamatanCode\": \"32.15.01\"}")
                .formatted(s));
    String tksk = Api.token("tksk.esk" + s, supervisor[1]);

    // a mother in Karawang Kulon (kecamatan Karawang Barat) referred for KIS
    JsonObject family = Api.registerFamily(kulon).json();
    String nik = Api.member(family, "Siti Juariah").getString("nik");
    Api.Reply made =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            kulon,
            "{\"nik\": \"%s\", \"serviceCode\": \"KIS\"}".formatted(nik));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long id = made.json().getJsonNumber("id").longValue();
    LocalDate due = LocalDate.parse(made.json().getString("dueDate"));

    // on its due date nothing happens
    assertThat(escalate(due)).contains("karawang on " + due + ": raised");
    assertThat(escalation(kulon, id)).isEqualTo("-");
    assertThat(escalatedTo(kulon, id)).isFalse();

    // the day after, the Puskesos of the village hears of it, no one above it yet
    LocalDate dayAfter = due.plusDays(1);
    escalate(dayAfter);
    assertThat(escalation(kulon, id)).isEqualTo("PUSKESOS " + dayAfter);
    assertThat(escalatedTo(kulon, id)).isTrue();
    assertThat(escalatedTo(tksk, id)).isFalse();
    assertThat(escalatedTo(admin, id)).isFalse();

    // three days later (fewer than 5 working days late) it is not raised again nor further
    escalate(due.plusDays(3));
    assertThat(escalation(kulon, id)).isEqualTo("PUSKESOS " + dayAfter);
    assertThat(rows(id)).isEqualTo(Map.of(1, 1));

    // 11 days after the due date it is at least 5 and at most 9 working days late: the kecamatan
    LocalDate kecamatanDay = due.plusDays(11);
    escalate(kecamatanDay);
    assertThat(escalation(kulon, id)).isEqualTo("KECAMATAN " + kecamatanDay);
    assertThat(escalatedTo(tksk, id)).isTrue();
    assertThat(escalatedTo(kulon, id)).isTrue();
    assertThat(escalatedTo(admin, id)).isFalse();

    // two passes at once, as two servers would run them: the district level is raised once
    LocalDate districtDay = due.plusDays(30);
    List<CompletableFuture<String>> passes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      passes.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return escalate(districtDay);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    passes.forEach(CompletableFuture::join);
    assertThat(rows(id)).isEqualTo(Map.of(1, 1, 2, 1, 3, 1));
    assertThat(escalation(admin, id)).isEqualTo("KABUPATEN " + districtDay);
    assertThat(escalatedTo(admin, id)).isTrue();
    Api.Reply adminList = Api.send("GET", "/t/karawang/escalations", admin, null);
    assertThat(adminList.json().getJsonNumber("total").longValue()).isPositive();

    // the agency never sees the chain (only whether it is overdue today); it has no escalation list
    JsonObject seenByAgency = referral(dinkes, id);
    assertThat(seenByAgency.containsKey("overdue")).isTrue();
    assertThat(seenByAgency.containsKey("escalation")).isFalse();
    assertThat(Api.send("GET", "/t/karawang/escalations", dinkes, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/karawang/referrals?escalation=KABUPATEN", dinkes, null).body())
        .doesNotContain("\"escalation\"");

    // the referral list filters by level; a wrong level is a clear 400
    Api.Reply byLevel =
        Api.send("GET", "/t/karawang/referrals?escalation=KECAMATAN&size=100", tksk, null);
    assertThat(byLevel.body()).contains("\"id\":" + id);
    Api.Reply wrong = Api.send("GET", "/t/karawang/referrals?escalation=DESA", admin, null);
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.body()).contains("escalation");

    // once the agency has handled it, it leaves every escalation list; its page keeps the record
    for (String move :
        List.of(
            "{\"to\": \"DITERIMA\"}",
            "{\"to\": \"DIPROSES\"}",
            "{\"to\": \"SELESAI\", \"outcome\": \"DILAYANI\"}")) {
      Api.Reply moved =
          Api.send("POST", "/t/karawang/referrals/" + id + "/transitions", dinkes, move);
      assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }
    assertThat(escalatedTo(admin, id)).isFalse();
    assertThat(escalatedTo(kulon, id)).isFalse();
    assertThat(escalation(admin, id)).isEqualTo("KABUPATEN " + districtDay);
    escalate(districtDay.plusDays(30));
    assertThat(rows(id)).isEqualTo(Map.of(1, 1, 2, 1, 3, 1));
  }

  @Test
  void aPassWaitsWhileAnotherHoldsTheDistrictsLease() throws Exception {
    try (Connection c = karawang();
        PreparedStatement hold =
            c.prepareStatement(
                "INSERT INTO job_lease (name, holder, until)"
                    + " VALUES ('referral-escalation', 'another-server', NOW(6) + INTERVAL 1 MINUTE)"
                    + " ON DUPLICATE KEY UPDATE holder = VALUES(holder), until = VALUES(until)")) {
      hold.executeUpdate();
    }
    try {
      assertThat(escalate(LocalDate.now().plusDays(60)))
          .contains("another escalation pass is running; nothing done");
    } finally {
      try (Connection c = karawang();
          PreparedStatement free =
              c.prepareStatement(
                  "UPDATE job_lease SET until = NOW(6) - INTERVAL 1 SECOND"
                      + " WHERE name = 'referral-escalation'")) {
        free.executeUpdate();
      }
    }
    assertThat(escalate(LocalDate.now())).contains("karawang on " + LocalDate.now());
  }

  @Test
  void aBadDateOrDistrictIsRefusedClearly() throws Exception {
    assertThat(Slrt.refused("referral", "escalate", "karawang", "--as-of", "31-12-2026"))
        .contains("not a date");
    assertThat(Slrt.refused("referral", "escalate", "atlantis")).contains("no district atlantis");
  }
}
