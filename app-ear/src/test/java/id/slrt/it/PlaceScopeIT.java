package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A user's place narrows their lists in the queries themselves: a Puskesos officer placed in
 * Karawang Kulon sees that kelurahan's families, needs and verivali proposals, a kecamatan
 * supervisor (TKSK) all of Karawang Barat, a user without a place and the district admin the whole
 * district, and totals count only what the caller may see.
 */
@ExtendWith(ArquillianExtension.class)
class PlaceScopeIT {
  private static String admin;
  private static String district;
  private static String kulon;
  private static String tksk;
  private static String surname;
  private static final String[] heads = new String[3];
  private static long adiarsaFamily;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @BeforeAll
  static void threeFamiliesInThreePlaces() {
    admin = Api.token("admin.karawang");
    district = Api.token("puskesos.karawang");
    String s = Api.serial();
    // a surname no other test uses: the serial's digits as letters
    surname =
        "Wulan"
            + s.chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .reduce("", String::concat);
    String[][] places = {
      {"32.15.01.1001", "321501"}, // Karawang Kulon, kecamatan Karawang Barat
      {"32.15.01.1003", "321501"}, // Adiarsa Barat, the same kecamatan
      {"32.15.02.2001", "321502"} // Ciptasari, kecamatan Pangkalan
    };
    for (int i = 0; i < places.length; i++) {
      String kec = places[i][1];
      String serial = Api.serial();
      heads[i] = kec + "450785" + serial;
      String body =
          """
          {"kk": "%s120315%s", "address": {"villageCode": "%s", "rt": "001", "rw": "002"},
           "femaleHeaded": true,
           "members": [{"nik": "%s", "name": "Siti %s", "sex": "F", "birthDate": "1985-07-05",
                        "relationship": "KEPALA_KELUARGA"}]}"""
              .formatted(kec, serial, places[i][0], heads[i], surname);
      Api.Reply made = Api.send("POST", "/t/karawang/households", district, body);
      assertThat(made.status()).as(made.body()).isEqualTo(201);
      if (i == 1) {
        adiarsaFamily = made.json().getJsonNumber("id").longValue();
      }
      Api.Reply need =
          Api.send(
              "POST",
              "/t/karawang/needs",
              district,
              "{\"nik\": \"%s\", \"category\": \"KESEHATAN\"}".formatted(heads[i]));
      assertThat(need.status()).as(need.body()).isEqualTo(201);
    }
    Api.Reply proposal =
        Api.send(
            "POST",
            "/t/karawang/verivali",
            district,
            ("{\"householdId\": %d, \"type\": \"TAMBAH\", \"reason\": \"Janda\","
                    + " \"musdesDate\": \"2026-10-12\"}")
                .formatted(adiarsaFamily));
    assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);

    String[] officer = UserAdminIT.readyOfficer(admin, "kulon." + s);
    kulon = Api.token("kulon." + s, officer[1]);
    String[] supervisor =
        UserAdminIT.readyUser(
            admin,
            "tksk." + s,
            ("{\"username\": \"tksk.%s\", \"name\": \"Asep TKSK\","
                    + " \"roles\": [\"PETUGAS_PUSKESOS\"], \"kecamatanCode\": \"32.15.01\"}")
                .formatted(s));
    tksk = Api.token("tksk." + s, supervisor[1]);
  }

  private static JsonObject families(String token) {
    Api.Reply reply = Api.send("GET", "/t/karawang/households?q=" + surname, token, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static long needs(String token, String nik) {
    Api.Reply reply = Api.send("GET", "/t/karawang/needs?nik=" + nik, token, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonNumber("total").longValue();
  }

  @Test
  void familiesAreListedAndCountedWithinTheCallersPlace() {
    JsonObject seenByKulon = families(kulon);
    assertThat(seenByKulon.getInt("total")).isEqualTo(1);
    assertThat(
            seenByKulon
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("address")
                .getString("villageCode"))
        .isEqualTo("32.15.01.1001");
    assertThat(families(tksk).getInt("total")).isEqualTo(2);
    assertThat(families(district).getInt("total")).isEqualTo(3);
    assertThat(families(admin).getInt("total")).isEqualTo(3);
    // asking for another village explicitly does not widen the place
    Api.Reply elsewhere =
        Api.send(
            "GET", "/t/karawang/households?villageCode=32.15.02.2001&q=" + surname, kulon, null);
    assertThat(elsewhere.json().getInt("total")).isZero();
  }

  @Test
  void needsAreListedWithinTheCallersPlace() {
    assertThat(needs(kulon, heads[0])).isEqualTo(1);
    assertThat(needs(kulon, heads[1])).isZero();
    assertThat(needs(tksk, heads[1])).isEqualTo(1);
    assertThat(needs(tksk, heads[2])).isZero();
    assertThat(needs(admin, heads[2])).isEqualTo(1);
  }

  @Test
  void verivaliProposalsAndTheirExportStayWithinTheCallersPlace() {
    String query = "/t/karawang/verivali?villageCode=32.15.01.1003&size=500";
    assertThat(Api.send("GET", query, kulon, null).json().getInt("total")).isZero();
    JsonObject seenByTksk = Api.send("GET", query, tksk, null).json();
    assertThat(seenByTksk.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            p -> assertThat(p.getJsonNumber("householdId").longValue()).isEqualTo(adiarsaFamily));
    java.util.Map<String, String> csv = java.util.Map.of("Accept", "text/csv");
    Api.Reply kulonExport = Api.send("GET", "/t/karawang/verivali/export.csv", kulon, null, csv);
    assertThat(kulonExport.status()).isEqualTo(200);
    assertThat(kulonExport.body()).doesNotContain(surname);
    assertThat(Api.send("GET", "/t/karawang/verivali/export.csv", tksk, null, csv).body())
        .contains(surname);
  }
}
