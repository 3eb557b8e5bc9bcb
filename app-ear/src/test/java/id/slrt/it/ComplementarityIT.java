package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A KPM's other programs from intake's record, its gaps, and a gap referred in one step, once while
 * its referral is open.
 */
@ExtendWith(ArquillianExtension.class)
class ComplementarityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static List<String> gaps(JsonObject view) {
    return view.getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
        .map(g -> g.getString("program") + ":" + g.getString("personName"))
        .toList();
  }

  @Test
  void theGapsFollowIntakesRecordAndOneIsReferredOnce() {
    List<String> kpm = P2k2SyncIT.group("KOMP-" + ThreadLocalRandom.current().nextInt(1_000_000));
    String number = kpm.get(0);
    String facilitator = Api.token("pendamping.karawang");
    String path = "/t/karawang/pkh/kpm/" + number + "/complementarity";
    long householdId =
        Api.send("GET", "/t/karawang/pkh/kpm/" + number, facilitator, null)
            .json()
            .getJsonNumber("householdId")
            .longValue();
    JsonObject family =
        Api.send("GET", "/t/karawang/households/" + householdId, facilitator, null).json();
    long mother = Api.member(family, "Sri Wahyuni").getJsonNumber("id").longValue();
    long son = Api.member(family, "Budi Santoso").getJsonNumber("id").longValue();

    JsonObject before = Api.send("GET", path, facilitator, null).json();
    assertThat(gaps(before))
        .containsExactly("BPNT:Sri Wahyuni", "KIS_PBI:Sri Wahyuni", "KIS_PBI:Budi Santoso");

    // the Puskesos records the mother's KIS/PBI card: that gap is gone
    Api.Reply recorded =
        Api.send(
            "POST",
            "/t/karawang/households/" + householdId + "/programs",
            Api.token("puskesos.karawang"),
            "{\"program\": \"KIS_PBI\", \"personId\": %d, \"since\": \"2024-01-01\"}"
                .formatted(mother));
    assertThat(recorded.status()).as(recorded.body()).isIn(200, 201);
    JsonObject after = Api.send("GET", path, facilitator, null).json();
    assertThat(gaps(after)).containsExactly("BPNT:Sri Wahyuni", "KIS_PBI:Budi Santoso");
    assertThat(after.getJsonArray("programs").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("program"))
        .contains("KIS_PBI");

    String refer = path + "/referrals";
    Api.Reply notAGap =
        Api.send(
            "POST", refer, facilitator, "{\"program\": \"KIP\", \"personId\": %d}".formatted(son));
    assertThat(notAGap.status()).as(notAGap.body()).isEqualTo(409);
    Api.Reply referred =
        Api.send(
            "POST",
            refer,
            facilitator,
            "{\"program\": \"KIS_PBI\", \"personId\": %d}".formatted(son));
    assertThat(referred.status()).as(referred.body()).isEqualTo(200);
    JsonObject gap =
        referred.json().getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
            .filter(g -> g.getString("program").equals("KIS_PBI"))
            .findFirst()
            .orElseThrow();
    assertThat(gap.getBoolean("referralOpen")).isTrue();
    long referralId = gap.getJsonNumber("referralId").longValue();
    JsonObject referral =
        Api.send("GET", "/t/karawang/referrals/" + referralId, facilitator, null).json();
    assertThat(referral.getString("serviceCode")).isEqualTo("KIS");
    assertThat(referral.getString("personName")).isEqualTo("Budi Santoso");
    assertThat(referral.getString("reason")).doesNotContainIgnoringCase("miskin");
    assertThat(
            Api.send(
                    "POST",
                    refer,
                    facilitator,
                    "{\"program\": \"KIS_PBI\", \"personId\": %d}".formatted(son))
                .status())
        .isEqualTo(409);

    // the coordinator reads it, does not refer; another facilitator cannot tell the KPM exists
    String coordinator = Api.token("korkab.karawang");
    assertThat(Api.send("GET", path, coordinator, null).status()).isEqualTo(200);
    assertThat(Api.send("POST", refer, coordinator, "{}").status()).isEqualTo(403);
    String other = Api.token("pendamping2.karawang");
    Api.Reply hidden = Api.send("GET", path, other, null);
    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.body())
        .isEqualTo(
            Api.send("GET", "/t/karawang/pkh/kpm/321599999999999/complementarity", other, null)
                .body());
  }
}
