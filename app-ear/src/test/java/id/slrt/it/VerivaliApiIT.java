package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Verivali: a proposal with its evidence, the district's review, the export for SIKS-NG. */
@ExtendWith(ArquillianExtension.class)
class VerivaliApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void proposesReviewsAndExportsForTheSiksNgOperator() {
    String officer = Api.token("puskesos.karawang");
    String admin = Api.token("admin.karawang");
    String s = Api.serial();
    String kk = "321501120315" + s;
    // a street a spreadsheet would run as a formula
    Api.Reply household =
        Api.send(
            "POST",
            "/t/karawang/households",
            officer,
            Api.family(kk, "321501450785" + s, "321501010110" + s)
                .replace("Jl. Tuparev 12", "=HYPERLINK(\\\"http://x\\\")"));
    assertThat(household.status()).as(household.body()).isEqualTo(201);
    long id = household.json().getJsonNumber("id").longValue();

    String proposal =
        "{\"householdId\": %d, \"type\": \"TAMBAH\", \"reason\": \"Janda, buruh tani, 2 anak\","
                .formatted(id)
            + " \"musdesDate\": \"2026-10-12\", \"notes\": \"Kunjungan rumah 2026-10-15\"}";
    Api.Reply proposed = Api.send("POST", "/t/karawang/verivali", officer, proposal);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    assertThat(proposed.json().getString("status")).isEqualTo("DIUSULKAN");
    assertThat(proposed.json().getString("headName")).isEqualTo("Siti Juariah");
    assertThat(Api.send("POST", "/t/karawang/verivali", officer, proposal).status()).isEqualTo(409);
    String path = "/t/karawang/verivali/" + proposed.json().getJsonNumber("id");

    // only the district reviews
    assertThat(
            Api.send("POST", path + "/transitions", officer, "{\"to\": \"DIVERIFIKASI\"}").status())
        .isEqualTo(403);
    assertThat(Api.send("POST", path + "/transitions", admin, "{\"to\": \"DITOLAK\"}").body())
        .contains("\"field\":\"note\"");
    Api.Reply verified =
        Api.send(
            "POST",
            path + "/transitions",
            admin,
            "{\"to\": \"DIVERIFIKASI\", \"note\": \"Sesuai hasil musdes\"}");
    assertThat(verified.json().getString("status")).isEqualTo("DIVERIFIKASI");
    assertThat(verified.json().getString("reviewedBy")).isEqualTo("admin.karawang");
    assertThat(Api.send("POST", path + "/transitions", admin, "{\"to\": \"DIUSULKAN\"}").status())
        .isEqualTo(409);

    Api.Reply review =
        Api.send("GET", "/t/karawang/verivali?status=DIVERIFIKASI&size=500", admin, null);
    // each listed proposal names its family's head, as the reviewer reads it
    jakarta.json.JsonObject listed =
        review.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
            .filter(p -> p.getString("kk").equals(kk))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("headName")).isEqualTo("Siti Juariah");
    assertThat(listed.getJsonObject("address").getString("villageName")).isNotBlank();

    Api.Reply csv =
        Api.send(
            "GET",
            "/t/karawang/verivali/export.csv?status=DIVERIFIKASI",
            admin,
            null,
            java.util.Map.of("Accept", "text/csv"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\ufeff\"jenis_usulan\",\"no_kk\"")
        .contains("\"TAMBAH\",\"" + kk + "\"")
        .contains("\"Siti Juariah\"")
        .contains("\"2026-10-12\"")
        .contains("\"'=HYPERLINK(")
        .doesNotContain(",\"=HYPERLINK");
  }

  @Test
  void refusesIncompleteProposalsByField() {
    String officer = Api.token("puskesos.karawang");
    Api.Reply bad =
        Api.send(
            "POST",
            "/t/karawang/verivali",
            officer,
            "{\"householdId\": 999999999, \"type\": \"HAPUSKAN\", \"musdesDate\": \"2099-01-01\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"field\":\"householdId\"")
        .contains("\"field\":\"type\"")
        .contains("\"field\":\"reason\"")
        .contains("\"field\":\"musdesDate\"");
    assertThat(Api.send("GET", "/t/karawang/verivali?type=X", officer, null).status())
        .isEqualTo(400);
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/verivali/export.csv",
                    Api.token("klik.karawang"),
                    null,
                    java.util.Map.of("Accept", "text/csv"))
                .status())
        .isEqualTo(403);
  }
}
