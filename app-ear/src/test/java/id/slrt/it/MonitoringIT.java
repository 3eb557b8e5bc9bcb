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
 * Monitoring of P2K2 quality: a coordinator scores a logged session by the district's editable
 * instrument, and records the coaching of the facilitator; the facilitator reads both.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {
  private static final String PKH = "/t/karawang/pkh";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aCoordinatorScoresASessionAndCoachesItsFacilitator() {
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");
    String admin = Api.token("admin.karawang");
    List<JsonObject> criteria =
        Api.send("GET", PKH + "/quality-instrument", coordinator, null)
            .parse()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(criteria).hasSize(6);
    assertThat(criteria.get(0).getInt("maxScore")).isEqualTo(4);

    String code = "MONEV-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String day = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3).toString();
    long session =
        P2k2SyncIT.send(
                facilitator,
                P2k2SyncIT.log(
                    UUID.randomUUID().toString(), code, 1, day, kpm, "HADIR", "HADIR", "IZIN"))
            .get(0)
            .getJsonNumber("sessionId")
            .longValue();
    String quality = PKH + "/p2k2-sessions/" + session + "/quality";
    Api.Reply wrongCount = Api.send("POST", quality, coordinator, "{\"scores\": [4, 4]}");
    assertThat(wrongCount.status()).as(wrongCount.body()).isEqualTo(400);
    Api.Reply outOfRange =
        Api.send("POST", quality, coordinator, "{\"scores\": [4, 4, 5, 4, 4, 4]}");
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("scores[2]");
    assertThat(Api.send("POST", quality, facilitator, "{\"scores\": [4, 4, 4, 4, 4, 4]}").status())
        .isEqualTo(403);
    Api.Reply scored =
        Api.send(
            "POST",
            quality,
            coordinator,
            "{\"scores\": [4, 3, 4, 2, 3, 2], \"note\": \"Peserta aktif, rangkuman kurang\"}");
    assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    assertThat(scored.json().getInt("percent")).isEqualTo(75); // 18 of 24
    assertThat(scored.json().getString("observedOn")).isEqualTo(day);

    // the instrument changes later; the assessment keeps its criteria
    Api.Reply changed =
        Api.send(
            "PUT",
            PKH + "/quality-instrument",
            admin,
            "{\"criteria\": [{\"text\": \"Materi stunting disampaikan\", \"maxScore\": 5}]}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    try {
      List<JsonObject> read =
          Api.send("GET", quality, facilitator, null)
              .parse()
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertThat(read).hasSize(1);
      assertThat(read.get(0).getJsonArray("scores")).hasSize(6);
      assertThat(read.get(0).getString("assessedBy")).isEqualTo("korkab.karawang");
      Api.Reply hidden = Api.send("GET", quality, Api.token("pendamping2.karawang"), null);
      assertThat(hidden.status()).isEqualTo(404);
    } finally {
      Api.send(
          "PUT",
          PKH + "/quality-instrument",
          admin,
          "{\"criteria\": ["
              + String.join(
                  ", ",
                  criteria.stream()
                      .map(
                          c ->
                              "{\"text\": \"%s\", \"maxScore\": %d}"
                                  .formatted(c.getString("text"), c.getInt("maxScore")))
                      .toList())
              + "]}");
    }

    // coaching: the coordinator records it, the facilitator reads their own
    Api.Reply bad =
        Api.send(
            "POST", PKH + "/coaching", coordinator, "{\"facilitator\": \"puskesos.karawang\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("facilitator", "topic");
    String topic = "Metode partisipatif " + code;
    Api.Reply coached =
        Api.send(
            "POST",
            PKH + "/coaching",
            coordinator,
            ("{\"facilitator\": \"pendamping.karawang\", \"topic\": \"%s\","
                    + " \"followUp\": \"Dampingi sesi berikutnya\"}")
                .formatted(topic));
    assertThat(coached.status()).as(coached.body()).isEqualTo(200);
    assertThat(Api.send("POST", PKH + "/coaching", facilitator, "{}").status()).isEqualTo(403);
    assertThat(Api.send("GET", PKH + "/coaching", facilitator, null).body()).contains(topic);
    assertThat(Api.send("GET", PKH + "/coaching", Api.token("pendamping2.karawang"), null).body())
        .doesNotContain(topic);
  }
}
