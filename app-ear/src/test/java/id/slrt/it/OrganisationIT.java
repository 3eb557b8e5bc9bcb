package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Units and agencies of a district: seeded from config/seed, kept by the district admin. */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static JsonObject byCode(JsonArray list, String code) {
    return list.getValuesAs(JsonObject.class).stream()
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + list));
  }

  @Test
  void eachDistrictStartsWithItsOwnUnitsAndTheNationalAgencies() {
    String karawang = Api.token("puskesos.karawang");
    String maros = Api.token("klik.maros");

    JsonArray units = (JsonArray) Api.send("GET", "/t/karawang/units", karawang, null).parse();
    assertThat(byCode(units, "SEKRETARIAT").getString("kind")).isEqualTo("SEKRETARIAT");
    JsonObject kulon = byCode(units, "PUSKESOS-KARAWANG-KULON");
    assertThat(kulon.getString("kind")).isEqualTo("PUSKESOS");
    assertThat(kulon.getString("villageName")).isEqualTo("Karawang Kulon");
    assertThat(byCode(units, "KEC-321501").getString("kecamatanName")).isEqualTo("Karawang Barat");

    JsonArray marosUnits = (JsonArray) Api.send("GET", "/t/maros/units", maros, null).parse();
    assertThat(marosUnits.toString()).contains("PUSKESOS-HASANUDDIN").doesNotContain("KARAWANG");

    JsonArray providers = (JsonArray) Api.send("GET", "/t/maros/providers", maros, null).parse();
    JsonObject disdukcapil = byCode(providers, "DISDUKCAPIL");
    assertThat(disdukcapil.getString("kind")).isEqualTo("PEMERINTAH");
    assertThat(disdukcapil.getJsonObject("legalBasis").getString("dataAllowed")).contains("NIK");
    assertThat(
            byCode(providers, "OBH_MAROS").getJsonObject("legalBasis").getString("perbupArticle"))
        .isEqualTo("Perda 5/2018");
    assertThat(providers.toString()).doesNotContain("LBH_KARAWANG");
  }

  @Test
  void theAdminAddsAndChangesAnAgencyWithItsLegalBasis() {
    String admin = Api.token("admin.kendal");
    String code = "LBH_KENDAL_" + Api.serial();

    Api.Reply added =
        Api.send(
            "POST",
            "/t/kendal/providers",
            admin,
            """
            {"code": "%s", "name": "LBH Kendal", "kind": "NON_PEMERINTAH",
             "category": "BANTUAN_HUKUM",
             "legalBasis": {"perbupArticle": "Perbup 12/2020 Pasal 7",
               "agreementNumber": "PKS/045/2024", "validFrom": "2024-01-01",
               "validUntil": "2026-12-31", "dataAllowed": "Identitas dan pokok perkara"}}"""
                .formatted(code));
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().getBoolean("inForce")).isTrue();
    String etag = added.raw().headers().firstValue("ETag").orElseThrow();

    Api.Reply changed =
        Api.send(
            "PUT",
            "/t/kendal/providers/" + code,
            admin,
            """
            {"name": "LBH Kendal", "kind": "NON_PEMERINTAH", "category": "BANTUAN_HUKUM",
             "legalBasis": {"agreementNumber": "PKS/045/2024", "validFrom": "2024-01-01",
               "validUntil": "2025-12-31"}}""",
            Map.of("If-Match", etag));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getBoolean("inForce")).isFalse();

    Api.Reply stale =
        Api.send(
            "PUT",
            "/t/kendal/providers/" + code,
            admin,
            "{\"name\":\"LBH\",\"kind\":\"NON_PEMERINTAH\",\"category\":\"BANTUAN_HUKUM\"}",
            Map.of("If-Match", etag));
    assertThat(stale.status()).isEqualTo(412);

    Api.Reply duplicate =
        Api.send(
            "POST",
            "/t/kendal/providers",
            admin,
            "{\"code\":\""
                + code
                + "\",\"name\":\"x\",\"kind\":\"PEMERINTAH\",\"category\":\"LAINNYA\"}");
    assertThat(duplicate.status()).isEqualTo(409);
  }

  @Test
  void aPuskesosMustStandInAVillageOfTheDistrict() {
    String admin = Api.token("admin.kendal");

    Api.Reply elsewhere =
        Api.send(
            "POST",
            "/t/kendal/units",
            admin,
            "{\"code\":\"PUSKESOS-X\",\"name\":\"Puskesos\",\"kind\":\"PUSKESOS\","
                + "\"villageCode\":\"32.15.01.1001\",\"skDate\":\"2024-13-01\"}");
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("\"villageCode\"").contains("\"skDate\"");

    String code = "PUSKESOS-TLOGOPAYUNG-" + Api.serial();
    Api.Reply added =
        Api.send(
            "POST",
            "/t/kendal/units",
            admin,
            "{\"code\":\""
                + code
                + "\",\"name\":\"Puskesos Desa Tlogopayung\",\"kind\":\"PUSKESOS\","
                + "\"villageCode\":\"33.24.01.2003\",\"skNumber\":\"188/45/2025\",\"skDate\":\"2025-03-01\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().getString("kecamatanCode")).isEqualTo("33.24.01");
  }

  @Test
  void onlyTheAdminChangesTheOrganisation() {
    String officer = Api.token("puskesos.kendal");

    Api.Reply refused =
        Api.send(
            "POST",
            "/t/kendal/providers",
            officer,
            "{\"code\":\"BARU\",\"name\":\"x\",\"kind\":\"PEMERINTAH\",\"category\":\"LAINNYA\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/kendal/providers", officer, null).status()).isEqualTo(200);
    assertThat(Api.send("GET", "/t/maros/providers", officer, null).status()).isEqualTo(403);
  }
}
