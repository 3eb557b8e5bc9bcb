package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The district's audit trail: writes and sensitive reads are recorded with who, what and from
 * where; the admin reads it (without events about sealed content); the application's own database
 * account cannot change or remove a row; and ./slrt audit verify finds a row changed or removed by
 * someone who got past that.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Connection db(String tenant) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/slrt_" + tenant,
        System.getProperty("slrt.db.user"),
        System.getProperty("slrt.db.password"));
  }

  private static long total(String token, String tenant, String query) {
    Api.Reply reply = Api.send("GET", "/t/" + tenant + "/audit?" + query, token, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonNumber("total").longValue();
  }

  @Test
  void writesAndPersonLookupsAreRecordedWithWhoWhatAndWhere() {
    String admin = Api.token("admin.maros");
    String username = "ani.audit" + Api.serial();
    Api.Reply created =
        Api.send(
            "POST",
            "/t/maros/users",
            admin,
            "{\"username\":\"" + username + "\",\"name\":\"Ani\",\"roles\":[\"KADER_KLIK\"]}");
    long id = created.json().getJsonNumber("id").longValue();

    Api.Reply trail =
        Api.send("GET", "/t/maros/audit?action=user.create&user=admin.maros&size=5", admin, null);
    assertThat(trail.status()).isEqualTo(200);
    JsonObject newest = trail.json().getJsonArray("items").getJsonObject(0);
    assertThat(newest.getString("user")).isEqualTo("admin.maros");
    assertThat(newest.getString("action")).isEqualTo("user.create");
    assertThat(newest.getString("target")).isEqualTo("#" + id);
    assertThat(newest.getString("address")).isNotBlank();
    assertThat(newest.getString("at")).isNotBlank();
    assertThat(newest.containsKey("id")).isFalse();

    String mitra = Api.token("disdukcapil.maros");
    long lookups = total(admin, "maros", "action=person.lookup&user=disdukcapil.maros");
    Api.send("GET", "/t/maros/persons/7309014507850002", mitra, null);
    // a look-up that finds nobody is refused (404) and so not a read of anyone's data
    assertThat(total(admin, "maros", "action=person.lookup&user=disdukcapil.maros"))
        .isEqualTo(lookups);
  }

  @Test
  void signInsFailedSignInsAndPasswordChangesAreInTheAccountsDistrictTrail() {
    String admin = Api.token("admin.maros");
    String who = "user=klik.maros";
    long signIns = total(admin, "maros", "action=auth.signedIn&" + who);
    long failures = total(admin, "maros", "action=auth.signInRefused&" + who);

    Api.Reply wrong =
        Api.send(
            "POST",
            "/auth/token",
            null,
            "{\"username\":\"klik.maros\",\"password\":\"bukan kata sandinya\"}");
    assertThat(wrong.status()).isEqualTo(401);
    Api.token("klik.maros");

    assertThat(total(admin, "maros", "action=auth.signInRefused&" + who)).isEqualTo(failures + 1);
    assertThat(total(admin, "maros", "action=auth.signedIn&" + who)).isEqualTo(signIns + 1);
    JsonObject last =
        Api.send("GET", "/t/maros/audit?action=auth.signedIn&" + who + "&size=1", admin, null)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(last.getString("target")).isEqualTo("klik.maros");
    assertThat(last.getString("address")).isNotBlank();
    // a made-up name belongs to no district: nothing is written anywhere for it
    Api.send(
        "POST",
        "/auth/token",
        null,
        "{\"username\":\"tidak.ada.maros\",\"password\":\"bukan kata sandinya\"}");
    assertThat(total(admin, "maros", "user=tidak.ada.maros")).isZero();
  }

  @Test
  void onlyTheAdminReadsTheTrailAndEventsAboutSealedContentAreNotInIt() {
    String admin = Api.token("admin.kendal");
    String officer = Api.token("puskesos.kendal");
    assertThat(Api.send("GET", "/t/kendal/audit", officer, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/kendal/audit?from=kemarin", admin, null).status())
        .isEqualTo(400);

    String s = Api.serial();
    String nik = "332401450785" + s;
    Api.Reply household =
        Api.send(
            "POST",
            "/t/kendal/households",
            officer,
            """
            {"kk": "3324011203150%s", "address": {"villageCode": "33.24.01.2001"},
             "members": [{"nik": "%s", "name": "Sri Wahyuni", "sex": "F",
               "birthDate": "1985-07-05", "relationship": "KEPALA_KELUARGA"}]}"""
                .formatted(s.substring(1), nik));
    assertThat(household.status()).as(household.body()).isEqualTo(201);
    long before = total(admin, "kendal", "action=need.record");

    Api.Reply violence =
        Api.send(
            "POST",
            "/t/kendal/needs",
            officer,
            "{\"nik\":\"" + nik + "\",\"category\":\"KEKERASAN\",\"description\":\"-\"}");
    assertThat(violence.status()).as(violence.body()).isEqualTo(201);
    assertThat(total(admin, "kendal", "action=need.record")).isEqualTo(before);

    Api.Reply need =
        Api.send(
            "POST",
            "/t/kendal/needs",
            officer,
            "{\"nik\":\""
                + nik
                + "\",\"category\":\"KESEHATAN\",\"description\":\"KIS tidak aktif\"}");
    assertThat(need.status()).isEqualTo(201);
    assertThat(total(admin, "kendal", "action=need.record")).isEqualTo(before + 1);
  }

  @Test
  void theApplicationsAccountCannotChangeOrRemoveAnEvent() throws Exception {
    Api.token("admin.karawang");
    Api.send("GET", "/t/karawang/users?size=1", Api.token("admin.karawang"), null);
    try (Connection c = db("karawang");
        Statement st = c.createStatement()) {
      // the seal can only move forward: wait for the sealer (every 5 s) to have moved it
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
      while (lastSealed(st) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      assertThat(lastSealed(st)).isPositive();
      assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_event SET action = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_event"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_seal SET last_seq = 0"))
          .hasMessageContaining("append-only");
    }
  }

  private static long lastSealed(Statement st) throws java.sql.SQLException {
    try (ResultSet rs = st.executeQuery("SELECT last_seq FROM audit_seal")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Test
  void verifyFindsAChangedAndARemovedEvent() throws Exception {
    String admin = Api.token("admin.trenggalek");
    for (int i = 0; i < 3; i++) {
      Api.send(
          "POST",
          "/t/trenggalek/users",
          admin,
          "{\"username\":\"rantai"
              + i
              + "."
              + Api.serial()
              + "\",\"name\":\"Rantai\","
              + "\"roles\":[\"KADER_KLIK\"]}");
    }
    assertThat(verify("trenggalek")).startsWith("0:").contains("intact");

    try (Connection c = db("trenggalek");
        Statement st = c.createStatement()) {
      long seq = middleSealed(st);
      String original;
      try (ResultSet rs = st.executeQuery("SELECT target FROM audit_event WHERE seq = " + seq)) {
        rs.next();
        original = rs.getString(1);
      }
      // someone with more rights than the application: past the trigger, a row changed
      st.execute("DROP TRIGGER audit_event_seal_only");
      try {
        st.executeUpdate("UPDATE audit_event SET target = '#1' WHERE seq = " + seq);
        assertThat(verify("trenggalek")).startsWith("1:").contains("changed");
        st.executeUpdate(
            "UPDATE audit_event SET target = "
                + (original == null ? "NULL" : "'" + original + "'")
                + " WHERE seq = "
                + seq);
      } finally {
        st.execute(db.migration.core.V4__Audit_trail.SEAL_ONLY_TRIGGER);
      }
      assertThat(verify("trenggalek")).startsWith("0:").contains("intact");

      st.execute("DROP TRIGGER audit_event_no_delete");
      st.execute("CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_event WHERE seq = " + seq);
      try {
        st.executeUpdate("DELETE FROM audit_event WHERE seq = " + seq);
        assertThat(verify("trenggalek")).startsWith("1:").contains("missing");
      } finally {
        st.executeUpdate("INSERT INTO audit_event SELECT * FROM removed");
        st.execute(db.migration.core.V4__Audit_trail.NO_DELETE_TRIGGER);
      }
      assertThat(verify("trenggalek")).startsWith("0:").contains("intact");
    }
  }

  @Test
  void verifyFindsTheLastEventsRemovedEvenWithTheDistrictsHeadWoundBack() throws Exception {
    String admin = Api.token("admin.maros");
    for (int i = 0; i < 3; i++) {
      Api.send(
          "POST",
          "/t/maros/users",
          admin,
          "{\"username\":\"ekor"
              + i
              + "."
              + Api.serial()
              + "\",\"name\":\"Ekor\","
              + "\"roles\":[\"KADER_KLIK\"]}");
    }
    assertThat(verify("maros")).startsWith("0:").contains("intact").contains("anchored up to");

    try (Connection c = db("maros");
        Statement st = c.createStatement()) {
      long last = middleSealed(st) + 1;
      long keep = last - 2;
      String keptHash;
      try (ResultSet rs = st.executeQuery("SELECT hash FROM audit_event WHERE seq = " + keep)) {
        rs.next();
        keptHash = rs.getString(1);
      }
      // past every trigger: the last two events removed and the district's own head wound back
      // to the event before them, so that the district's schema alone looks whole
      st.execute("DROP TRIGGER audit_event_no_delete");
      st.execute("DROP TRIGGER audit_seal_forward_only");
      st.execute("CREATE TEMPORARY TABLE tail AS SELECT * FROM audit_event WHERE seq > " + keep);
      String head;
      try (ResultSet rs = st.executeQuery("SELECT last_seq, last_hash FROM audit_seal")) {
        rs.next();
        head = "last_seq = " + rs.getLong(1) + ", last_hash = '" + rs.getString(2) + "'";
      }
      try {
        st.executeUpdate("DELETE FROM audit_event WHERE seq > " + keep);
        st.executeUpdate(
            "UPDATE audit_seal SET last_seq = " + keep + ", last_hash = '" + keptHash + "'");
        assertThat(verify("maros"))
            .startsWith("1:")
            .contains("anchor holds event")
            .contains("removed");
      } finally {
        st.executeUpdate("INSERT INTO audit_event SELECT * FROM tail");
        st.executeUpdate("UPDATE audit_seal SET " + head);
        st.execute(db.migration.core.V4__Audit_trail.NO_DELETE_TRIGGER);
        st.execute(db.migration.core.V4__Audit_trail.SEAL_FORWARD_ONLY_TRIGGER);
      }
      assertThat(verify("maros")).startsWith("0:").contains("intact");
    }
    // the anchor lives outside the district's schema and moves forward only
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/slrt_platform",
                System.getProperty("slrt.db.user"),
                System.getProperty("slrt.db.password"));
        Statement st = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  st.executeUpdate(
                      "UPDATE audit_anchor SET last_seq = 1 WHERE tenant_slug = 'maros'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_anchor"))
          .hasMessageContaining("append-only");
    }
  }

  /** A sealed event with sealed events before and after it. */
  private static long middleSealed(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM audit_event")) {
      rs.next();
      long last = rs.getLong(1);
      assertThat(last).isGreaterThanOrEqualTo(3);
      return last - 1;
    }
  }

  /** Runs ./slrt audit verify as an operator would; "exit code: output". */
  private static String verify(String tenant) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("slrt.home"));
    ProcessBuilder pb =
        new ProcessBuilder(home.resolve("slrt").toString(), "audit", "verify", tenant)
            .directory(home.toFile())
            .redirectErrorStream(true);
    pb.environment().put("SLRT_DATA_DIR", System.getProperty("slrt.data.dir"));
    pb.environment().put("SLRT_DB_PORT", System.getProperty("slrt.db.port"));
    pb.environment()
        .put("SLRT_PORT_BASE", Integer.toString(Integer.getInteger("slrt.admin.port") - 48));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println(out);
    return p.exitValue() + ": " + out;
  }
}
