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

/** The district admin edits the P2K2 curriculum; the phones log the new module's sessions. */
@ExtendWith(ArquillianExtension.class)
class P2k2CatalogueIT {
  private static final String MODULES = "/t/karawang/pkh/p2k2-modules";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String module(String title, String... sessions) {
    StringBuilder s = new StringBuilder();
    for (String t : sessions) {
      s.append(s.length() == 0 ? "" : ", ").append("{\"title\": \"").append(t).append("\"}");
    }
    return "{\"title\": \"%s\", \"sessions\": [%s]}".formatted(title, s);
  }

  private static List<JsonObject> modules(String token) {
    return Api.send("GET", MODULES, token, null)
        .parse()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aNewModuleGoesLastKeepsItsLoggedSessionsAndTheNumbersFollow() {
    String admin = Api.token("admin.karawang");
    String facilitator = Api.token("pendamping.karawang");
    String code = "STUNTING" + ThreadLocalRandom.current().nextInt(100_000);
    String path = MODULES + "/" + code;

    assertThat(Api.send("PUT", path, facilitator, module("Stunting", "Gizi 1000 HPK")).status())
        .isEqualTo(403);
    Api.Reply bad =
        Api.send("PUT", MODULES + "/st-1", admin, "{\"sessions\": [{\"title\": \" \"}]}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("code", "title", "sessions[0].title");

    int lastBefore =
        modules(admin).stream().mapToInt(m -> m.getInt("lastSession")).max().orElseThrow();
    Api.Reply added =
        Api.send("PUT", path, admin, module("Pencegahan Stunting", "Gizi 1000 HPK", "Sanitasi"));
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.json().getInt("firstSession")).isEqualTo(lastBefore + 1);
    assertThat(added.json().getInt("lastSession")).isEqualTo(lastBefore + 2);
    assertThat(added.json().getJsonArray("sessions").getValuesAs(JsonObject.class))
        .extracting(s -> s.getInt("sessionNo") + ":" + s.getString("title"))
        .containsExactly("1:Gizi 1000 HPK", "2:Sanitasi");
    // the facilitators' phones read it and log its second session
    List<JsonObject> read = modules(facilitator);
    assertThat(read.get(read.size() - 1).getString("code")).isEqualTo(code);
    List<String> kpm = P2k2SyncIT.group("KUR-" + ThreadLocalRandom.current().nextInt(1_000_000));
    String group =
        Api.send("GET", "/t/karawang/pkh/kpm/" + kpm.get(0), facilitator, null)
            .json()
            .getString("groupCode");
    String log =
        ("[{\"id\": \"%s\", \"groupCode\": \"%s\", \"moduleCode\": \"%s\", \"sessionNo\": 2,"
                + " \"heldOn\": \"%s\", \"attendance\": [{\"participantNumber\": \"%s\","
                + " \"status\": \"HADIR\"}]}]")
            .formatted(
                UUID.randomUUID(),
                group,
                code,
                LocalDate.now(ZoneId.of("Asia/Jakarta")),
                kpm.get(0));
    Api.Reply synced = Api.send("POST", "/t/karawang/pkh/p2k2-sessions", facilitator, log);
    assertThat(synced.parse().asJsonArray().getJsonObject(0).getString("result"))
        .as(synced.body())
        .isEqualTo("created");

    // a logged session cannot go; more sessions and new titles can, the numbers follow
    Api.Reply shrink = Api.send("PUT", path, admin, module("Pencegahan Stunting", "Gizi"));
    assertThat(shrink.status()).as(shrink.body()).isEqualTo(409);
    Api.Reply grown =
        Api.send(
            "PUT",
            path,
            admin,
            module("Pencegahan Stunting", "Gizi Seimbang", "Sanitasi", "Air Bersih"));
    assertThat(grown.status()).as(grown.body()).isEqualTo(200);
    assertThat(grown.json().getInt("lastSession")).isEqualTo(lastBefore + 3);
    assertThat(grown.json().getJsonArray("sessions").getJsonObject(0).getString("title"))
        .isEqualTo("Gizi Seimbang");
    List<JsonObject> after = modules(admin);
    int expected = 1;
    for (JsonObject m : after) {
      assertThat(m.getInt("firstSession")).as(m.getString("code")).isEqualTo(expected);
      expected = m.getInt("lastSession") + 1;
    }
    assertThat(after.get(1).getJsonArray("sessions").getJsonObject(0).getInt("overallNo"))
        .isEqualTo(5); // PKPU 1 is still the fifth session
    String trail = Api.send("GET", "/t/karawang/audit?action=pkh.catalogue", admin, null).body();
    assertThat(trail).contains("pkh.catalogue.module");
  }
}
