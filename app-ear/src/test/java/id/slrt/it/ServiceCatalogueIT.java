package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The district admin keeps the service catalogue: adds a district program, changes its SLA, stops
 * offering it; the same rules as the seed files refuse a name that says "miskin", a P2TP2A service
 * in the open catalogue, a fast track longer than the SLA; only the admin writes.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogueIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static String body(String code, String name, String provider, int sla, String extra) {
    return ("{\"code\": \"%s\", \"name\": \"%s\", \"provider\": \"%s\", \"slaDays\": %d,"
            + " \"documents\": [\"KTP-el\", \"Kartu Keluarga\"]%s}")
        .formatted(code, name, provider, sla, extra);
  }

  private static boolean offered(String token, String code) {
    return Api.send("GET", "/t/karawang/services", token, null).parse().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(s -> s.getString("code").equals(code));
  }

  @Test
  void theAdminAddsChangesAndWithdrawsAServiceAndOfficersReferToIt() {
    String admin = Api.token("admin.karawang");
    String officer = Api.token("puskesos.karawang");
    String code = "BEASISWA_DESA_" + Api.serial();

    Api.Reply refused =
        Api.send("POST", "/t/karawang/services", officer, body(code, "X", "DINSOS", 5, ""));
    assertThat(refused.status()).isEqualTo(403);

    Api.Reply added =
        Api.send(
            "POST",
            "/t/karawang/services",
            admin,
            body(
                code,
                "Beasiswa desa",
                "DISDIK",
                20,
                ", \"fastTrackSlaDays\": 5, \"eligibility\": {\"minAge\": 6, \"maxAge\": 18,"
                    + " \"maxDesil\": 4}, \"changesWelfare\": true"));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonObject service = added.json();
    assertThat(service.getString("providerName")).isEqualTo("Dinas Pendidikan");
    assertThat(service.getBoolean("changesWelfare")).isTrue();
    assertThat(added.raw().headers().firstValue("Location").orElse(""))
        .endsWith("/services/" + code);
    assertThat(offered(officer, code)).isTrue();
    assertThat(
            Api.send("POST", "/t/karawang/services", admin, body(code, "Lagi", "DISDIK", 20, ""))
                .status())
        .isEqualTo(409);

    // an officer refers a registered child's mother to it at once
    Api.Reply family = Api.registerFamily(officer);
    String mother = Api.member(family.json(), "Siti Juariah").getString("nik");
    Api.Reply referral =
        Api.send(
            "POST",
            "/t/karawang/referrals",
            officer,
            "{\"nik\": \"%s\", \"serviceCode\": \"%s\"}".formatted(mother, code));
    assertThat(referral.status()).as(referral.body()).isEqualTo(201);

    // changed with the version read; an older version is refused
    long version = service.getJsonNumber("version").longValue();
    Api.Reply changed =
        Api.send(
            "PUT",
            "/t/karawang/services/" + code,
            admin,
            body(code, "Beasiswa desa", "DISDIK", 25, ", \"version\": " + version));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getInt("slaDays")).isEqualTo(25);
    Api.Reply stale =
        Api.send(
            "PUT",
            "/t/karawang/services/" + code,
            admin,
            body(code, "Beasiswa desa", "DISDIK", 30, ", \"version\": " + version));
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);

    // withdrawn: no longer offered, its referral stays
    Api.Reply withdrawn =
        Api.send(
            "PUT",
            "/t/karawang/services/" + code,
            admin,
            body(code, "Beasiswa desa", "DISDIK", 25, ", \"active\": false"));
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(offered(officer, code)).isFalse();
    long id = referral.json().getJsonNumber("id").longValue();
    assertThat(Api.send("GET", "/t/karawang/referrals/" + id, officer, null).status())
        .isEqualTo(200);
  }

  @Test
  void theCataloguesRulesRefuseBadServicesWholeAndWriteNothing() {
    String admin = Api.token("admin.karawang");
    String code = "LAYANAN_" + Api.serial();
    Api.Reply miskin =
        Api.send(
            "POST",
            "/t/karawang/services",
            admin,
            body(code, "Bantuan keluarga miskin", "DINSOS", 10, ", \"fastTrackSlaDays\": 12"));
    assertThat(miskin.status()).as(miskin.body()).isEqualTo(400);
    assertThat(miskin.body()).contains("\"name\"").contains("\"fastTrackSlaDays\"");

    Api.Reply sealed =
        Api.send(
            "POST", "/t/karawang/services", admin, body(code, "Pendampingan", "UPTD_PPA", 10, ""));
    assertThat(sealed.status()).as(sealed.body()).isEqualTo(400);
    assertThat(sealed.body()).contains("\"provider\"");

    Api.Reply wrong =
        Api.send(
            "POST",
            "/t/karawang/services",
            admin,
            "{\"code\": \"x y\", \"provider\": \"TIDAK_ADA\", \"slaDays\": 0,"
                + " \"eligibility\": {\"sex\": \"X\", \"maxDesil\": 11}, \"issues\": [\"PASPOR\"]}");
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.body())
        .contains(
            "\"code\"",
            "\"name\"",
            "\"provider\"",
            "\"slaDays\"",
            "\"sex\"",
            "\"maxDesil\"",
            "\"issues\"");
    assertThat(Api.send("GET", "/t/karawang/services/" + code, admin, null).status())
        .isEqualTo(404);
  }
}
