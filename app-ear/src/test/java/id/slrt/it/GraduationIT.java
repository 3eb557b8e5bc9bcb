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
 * Graduation from PKH: a facilitator proposes with the evidence the type needs, only a PKH
 * coordinator decides, and an approval graduates the KPM; the system lists natural candidates.
 */
@ExtendWith(ArquillianExtension.class)
class GraduationIT {
  private static final String GRADUATIONS = "/t/karawang/pkh/graduations";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Api.Reply propose(String token, String body) {
    return Api.send("POST", GRADUATIONS, token, body);
  }

  @Test
  void aFacilitatorProposesAndACoordinatorApprovesOrRefuses() {
    String code = "LULUS-" + ThreadLocalRandom.current().nextInt(1_000_000);
    List<String> kpm = P2k2SyncIT.group(code);
    String facilitator = Api.token("pendamping.karawang");
    String coordinator = Api.token("korkab.karawang");

    // a family whose only child finished SMA last July: a natural candidate
    JsonObject family = Api.registerFamily(Api.token("puskesos.karawang")).json();
    String natural =
        "3215" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    Api.Reply enrolled =
        Api.send(
            "POST",
            "/t/karawang/pkh/kpm",
            facilitator,
            ("{\"participantNumber\": \"%s\", \"kk\": \"%s\", \"groupCode\": \"%s\","
                    + " \"members\": [{\"nik\": \"%s\", \"component\": \"ANAK_SMA\","
                    + " \"from\": \"2022-07-01\", \"to\": \"2025-07-01\"}]}")
                .formatted(
                    natural,
                    family.getString("kk"),
                    code,
                    Api.member(family, "Budi Santoso").getString("nik")));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.json().getBoolean("naturalGraduationDue")).isTrue();
    assertThat(
            Api.send("GET", "/t/karawang/pkh/graduation-candidates", facilitator, null)
                .parse()
                .asJsonArray()
                .stream()
                .map(v -> v.asJsonObject().getString("participantNumber")))
        .contains(natural)
        .doesNotContain(kpm.get(0));

    // refusals by field, nothing written
    Api.Reply notNatural =
        propose(
            facilitator,
            "{\"participantNumber\": \"%s\", \"type\": \"ALAMIAH\"}".formatted(kpm.get(0)));
    assertThat(notNatural.status()).isEqualTo(400);
    assertThat(notNatural.body()).contains("\"field\":\"type\"");
    Api.Reply noLetter =
        propose(
            facilitator,
            "{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\"}".formatted(kpm.get(0)));
    assertThat(noLetter.status()).isEqualTo(400);
    assertThat(noLetter.body()).contains("\"field\":\"statementLetter\"");
    assertThat(Api.send("GET", GRADUATIONS + "?size=500", facilitator, null).body())
        .doesNotContain(kpm.get(0));

    Api.Reply mandiri =
        propose(
            facilitator,
            ("{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\": true,"
                    + " \"statementDate\": \"2026-11-02\", \"training\": \"KUBE Mawar 2025\"}")
                .formatted(kpm.get(0)));
    assertThat(mandiri.status()).as(mandiri.body()).isEqualTo(201);
    long mandiriId = mandiri.json().getJsonNumber("id").longValue();
    assertThat(mandiri.json().getString("status")).isEqualTo("DIUSULKAN");
    assertThat(mandiri.json().getString("recipientName")).isEqualTo("Sri Wahyuni");
    // one open proposal per family
    assertThat(
            propose(
                    facilitator,
                    "{\"participantNumber\": \"%s\", \"type\": \"MANDIRI\", \"statementLetter\":"
                            .formatted(kpm.get(0))
                        + " true, \"statementDate\": \"2026-11-02\"}")
                .status())
        .isEqualTo(409);

    // the facilitator does not decide; another facilitator does not even see it
    assertThat(
            Api.send(
                    "POST",
                    GRADUATIONS + "/" + mandiriId + "/transitions",
                    facilitator,
                    "{\"to\": \"DISETUJUI\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            Api.send("GET", GRADUATIONS + "/" + mandiriId, Api.token("pendamping2.karawang"), null)
                .status())
        .isEqualTo(404);

    Api.Reply approved =
        Api.send(
            "POST",
            GRADUATIONS + "/" + mandiriId + "/transitions",
            coordinator,
            "{\"to\": \"DISETUJUI\", \"note\": \"Sesuai hasil verifikasi\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("DISETUJUI");
    assertThat(approved.json().getString("decidedBy")).isEqualTo("korkab.karawang");
    JsonObject graduated =
        Api.send("GET", "/t/karawang/pkh/kpm/" + kpm.get(0), facilitator, null).json();
    assertThat(graduated.getString("status")).isEqualTo("GRADUASI");
    assertThat(graduated.getString("graduationType")).isEqualTo("MANDIRI");
    assertThat(
            Api.send(
                    "POST",
                    GRADUATIONS + "/" + mandiriId + "/transitions",
                    coordinator,
                    "{\"to\": \"DITOLAK\", \"note\": \"x\"}")
                .status())
        .isEqualTo(409);

    // the natural one, refused without a reason and then with one; the family stays active
    long naturalId =
        propose(
                facilitator,
                "{\"participantNumber\": \"%s\", \"type\": \"ALAMIAH\"}".formatted(natural))
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply noReason =
        Api.send(
            "POST",
            GRADUATIONS + "/" + naturalId + "/transitions",
            coordinator,
            "{\"to\": \"DITOLAK\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"note\"");
    Api.Reply refused =
        Api.send(
            "POST",
            GRADUATIONS + "/" + naturalId + "/transitions",
            coordinator,
            "{\"to\": \"DITOLAK\", \"note\": \"Adik masih SMP, komponen belum dicatat\"}");
    assertThat(refused.json().getString("status")).isEqualTo("DITOLAK");
    assertThat(
            Api.send("GET", "/t/karawang/pkh/kpm/" + natural, facilitator, null)
                .json()
                .getString("status"))
        .isEqualTo("AKTIF");
    assertThat(
            Api.send("GET", GRADUATIONS + "?status=DISETUJUI&size=500", coordinator, null).body())
        .contains(kpm.get(0))
        .doesNotContain(natural);
  }
}
