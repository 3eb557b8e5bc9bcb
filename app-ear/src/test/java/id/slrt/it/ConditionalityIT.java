package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * P2K2 conditionality over the API: attendance per payment period against the district's rule,
 * flags after missed periods in a row, the three warnings in order and the forced exit only after
 * the last, each seen only within the caller's PKH scope.
 */
@ExtendWith(ArquillianExtension.class)
class ConditionalityIT {
  private static final String PKH = "/t/karawang/pkh";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  /** The payment period (three months, the default rule) {@code back} periods before today's. */
  static String period(int back) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    int year = today.getYear();
    int number = (today.getMonthValue() - 1) / 3 + 1 - back;
    while (number < 1) {
      number += 4;
      year--;
    }
    return year + "-P" + number;
  }

  /** A day within the period {@code back} periods before today's (today for the current one). */
  static String dayIn(int back, int plusDays) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    if (back == 0) {
      return today.toString();
    }
    LocalDate start = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    return start.minusMonths(3L * back).plusDays(plusDays).toString();
  }

  static String log(
      String code, String module, int session, String day, List<String> kpm, String... status) {
    StringBuilder attendance = new StringBuilder();
    for (int i = 0; i < kpm.size(); i++) {
      attendance
          .append(i == 0 ? "" : ", ")
          .append(
              "{\"participantNumber\": \"%s\", \"status\": \"%s\"}"
                  .formatted(kpm.get(i), status[i]));
    }
    return ("{\"id\": \"%s\", \"groupCode\": \"%s\", \"moduleCode\": \"%s\", \"sessionNo\": %d,"
            + " \"heldOn\": \"%s\", \"attendance\": [%s]}")
        .formatted(UUID.randomUUID(), code, module, session, day, attendance);
  }

  static void sync(String token, String... logs) {
    Api.Reply reply =
        Api.send("POST", PKH + "/p2k2-sessions", token, "[" + String.join(", ", logs) + "]");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.parse().asJsonArray().getValuesAs(JsonObject.class))
        .as(reply.body())
        .allMatch(o -> o.getString("result").equals("created"));
  }

  private static Api.Reply warn(String token, String number, String level, String period) {
    return Api.send(
        "POST",
        PKH + "/kpm/" + number + "/warnings",
        token,
        "{\"level\": \"%s\", \"period\": \"%s\", \"note\": \"tidak hadir tanpa izin\"}"
            .formatted(level, period));
  }

  private static String problem(Api.Reply reply) {
    return reply.status() + " " + reply.json().getString("detail", reply.body());
  }

  @Test
  void aFamilyMissingPeriodsIsFlaggedWarnedThreeTimesAndOnlyThenEnded() {
    String code = "KOMIT-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");
    // two periods back: the second family absent twice; the third excused once, present once
    sync(
        facilitator,
        log(code, "PKPU", 1, dayIn(2, 5), kpm, "HADIR", "TIDAK_HADIR", "IZIN"),
        log(code, "PKPU", 2, dayIn(2, 40), kpm, "HADIR", "TIDAK_HADIR", "HADIR"),
        // the last period: the second family present at one of two, the third too
        log(code, "PKPU", 3, dayIn(1, 5), kpm, "HADIR", "TIDAK_HADIR", "TIDAK_HADIR"),
        log(code, "KG", 1, dayIn(1, 40), kpm, "HADIR", "HADIR", "HADIR"));

    JsonObject report =
        Api.send(
                "GET",
                PKH + "/conditionality?period=" + period(1) + "&groupCode=" + code,
                facilitator,
                null)
            .json();
    assertThat(report.getString("period")).isEqualTo(period(1));
    assertThat(report.getInt("kpm")).isEqualTo(3);
    assertThat(report.getInt("compliant")).isEqualTo(1);
    assertThat(report.getInt("flagged")).isEqualTo(1);
    List<JsonObject> items =
        report.getJsonObject("items").getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items)
        .extracting(
            o ->
                o.getString("participantNumber").equals(kpm.get(1))
                    ? "second:"
                        + o.getInt("present")
                        + "/"
                        + o.getInt("absent")
                        + "/"
                        + o.getInt("percent")
                        + "/"
                        + o.getBoolean("compliant")
                        + "/"
                        + o.getBoolean("flagged")
                        + "/"
                        + o.getString("nextWarning")
                    : o.getString("participantNumber").equals(kpm.get(2))
                        ? "third:" + o.getBoolean("compliant") + "/" + o.getBoolean("flagged")
                        : "first:" + o.getInt("percent") + "/" + o.getBoolean("compliant"))
        .containsExactlyInAnyOrder(
            "first:100/true", "second:1/1/50/false/true/PERTAMA", "third:false/false");
    assertThat(report.getJsonArray("groups").getJsonObject(0).getInt("flagged")).isEqualTo(1);
    JsonObject flaggedOnly =
        Api.send(
                "GET",
                PKH
                    + "/conditionality?period="
                    + period(1)
                    + "&groupCode="
                    + code
                    + "&flagged=true",
                facilitator,
                null)
            .json()
            .getJsonObject("items");
    assertThat(flaggedOnly.getInt("total")).isEqualTo(1);
    assertThat(flaggedOnly.getJsonArray("items").getJsonObject(0).getString("participantNumber"))
        .isEqualTo(kpm.get(1));

    // another facilitator sees none of it and cannot tell the family exists
    String other = Api.token("pendamping2.karawang");
    assertThat(
            Api.send("GET", PKH + "/conditionality?groupCode=" + code, other, null)
                .json()
                .getInt("kpm"))
        .isZero();
    Api.Reply hidden = warn(other, kpm.get(1), "PERTAMA", period(2));
    Api.Reply missing = warn(other, "321599999999999", "PERTAMA", period(2));
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(missing.body());

    // bad input is refused by field, nothing written
    Api.Reply bad = warn(facilitator, kpm.get(1), "KETIGA", "2026-P9");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("level", "period");
    // the warnings: in order, one per missed period, never for a period the family met
    assertThat(problem(warn(facilitator, kpm.get(1), "KEDUA", period(2))))
        .startsWith("409 ")
        .contains("Peringatan berikutnya untuk KPM ini adalah PERTAMA.");
    assertThat(problem(warn(facilitator, kpm.get(0), "PERTAMA", period(1))))
        .startsWith("409 ")
        .contains("memenuhi komitmen kehadiran pada periode");
    Api.Reply first = warn(facilitator, kpm.get(1), "PERTAMA", period(2));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getString("nextWarning")).isEqualTo("KEDUA");
    JsonObject given = first.json().getJsonArray("warnings").getJsonObject(0);
    assertThat(given.getString("issuedBy")).isEqualTo("pendamping.karawang");
    assertThat(given.getString("note")).isEqualTo("tidak hadir tanpa izin");
    assertThat(problem(warn(facilitator, kpm.get(1), "KEDUA", period(2))))
        .startsWith("409 ")
        .contains("satu peringatan per periode");
    assertThat(warn(coordinator, kpm.get(1), "KEDUA", period(1)).status()).isEqualTo(200);

    // a forced exit: not by the facilitator, not before the last warning
    String exit = PKH + "/kpm/" + kpm.get(1) + "/exit";
    String forced = "{\"reason\": \"TIDAK_MEMENUHI_KOMITMEN\", \"note\": \"tiga periode\"}";
    assertThat(Api.send("POST", exit, facilitator, forced).status()).isEqualTo(403);
    assertThat(problem(Api.send("POST", exit, coordinator, forced)))
        .startsWith("409 ")
        .contains("hanya sesudah peringatan terakhir");
    // the current period has nothing expected of the family yet: no last warning for it
    assertThat(problem(warn(facilitator, kpm.get(1), "TERAKHIR", period(0))))
        .startsWith("409 ")
        .contains("memenuhi komitmen kehadiran pada periode");
    sync(facilitator, log(code, "KG", 2, dayIn(0, 0), kpm, "HADIR", "TIDAK_HADIR", "HADIR"));
    assertThat(warn(facilitator, kpm.get(1), "TERAKHIR", period(0)).status()).isEqualTo(200);
    assertThat(problem(warn(facilitator, kpm.get(1), "TERAKHIR", period(0))))
        .startsWith("409 ")
        .contains("Ketiga peringatan sudah diberikan");
    assertThat(Api.send("POST", exit, coordinator, "{\"reason\": \"PULANG\"}").status())
        .isEqualTo(400);
    Api.Reply ended = Api.send("POST", exit, coordinator, forced);
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().getString("status")).isEqualTo("KELUAR");
    assertThat(ended.json().getString("exitReason")).isEqualTo("TIDAK_MEMENUHI_KOMITMEN");
    assertThat(ended.json().getJsonArray("warnings").getValuesAs(JsonObject.class))
        .extracting(w -> w.getString("level"))
        .containsExactly("PERTAMA", "KEDUA", "TERAKHIR");
    assertThat(problem(Api.send("POST", exit, coordinator, forced)))
        .startsWith("409 ")
        .contains("tidak aktif lagi");
    // an ended family is no longer assessed
    assertThat(
            Api.send(
                    "GET",
                    PKH + "/conditionality?period=" + period(1) + "&groupCode=" + code,
                    facilitator,
                    null)
                .json()
                .getInt("kpm"))
        .isEqualTo(2);
    // the trail says who warned and who ended it
    String admin = Api.token("admin.karawang");
    String trail = Api.send("GET", "/t/karawang/audit?action=pkh.kpm.exit", admin, null).body();
    assertThat(trail).contains("korkab.karawang");
  }

  @Test
  void theDistrictAdminSetsTheRuleWholeAndItDecidesWhoMeetsTheCommitment() {
    String admin = Api.token("admin.karawang");
    String facilitator = Api.token("pendamping.karawang");
    String rule = PKH + "/conditionality-rule";
    JsonObject before = Api.send("GET", rule, facilitator, null).json();
    assertThat(before.getInt("periodMonths")).isEqualTo(3);
    assertThat(before.getString("currentPeriod")).isEqualTo(period(0));
    assertThat(
            Api.send(
                    "PUT",
                    rule,
                    facilitator,
                    "{\"periodMonths\": 3, \"minimumPercent\": 50,"
                        + " \"flagAfterPeriods\": 2, \"forcedExitAllowed\": true}")
                .status())
        .isEqualTo(403);
    Api.Reply bad = Api.send("PUT", rule, admin, "{\"periodMonths\": 5, \"minimumPercent\": 0}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder(
            "periodMonths", "minimumPercent", "flagAfterPeriods", "forcedExitAllowed");
    assertThat(Api.send("GET", rule, admin, null).json().getInt("minimumPercent")).isEqualTo(75);

    String code = "ATURAN-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    sync(
        facilitator,
        log(code, "PPA", 1, dayIn(1, 3), kpm, "HADIR", "HADIR", "HADIR"),
        log(code, "PPA", 2, dayIn(1, 30), kpm, "TIDAK_HADIR", "HADIR", "HADIR"));
    String url = PKH + "/conditionality?period=" + period(1) + "&groupCode=" + code;
    try {
      assertThat(Api.send("GET", url, facilitator, null).json().getInt("compliant")).isEqualTo(2);
      Api.Reply changed =
          Api.send(
              "PUT",
              rule,
              admin,
              "{\"periodMonths\": 3, \"minimumPercent\": 50, \"flagAfterPeriods\": 1,"
                  + " \"forcedExitAllowed\": false}");
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      assertThat(Api.send("GET", url, facilitator, null).json().getInt("compliant")).isEqualTo(3);
    } finally {
      Api.Reply reset =
          Api.send(
              "PUT",
              rule,
              admin,
              "{\"periodMonths\": 3, \"minimumPercent\": 75, \"flagAfterPeriods\": 2,"
                  + " \"forcedExitAllowed\": true}");
      assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    }
  }
}
