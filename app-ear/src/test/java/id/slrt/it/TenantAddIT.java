package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A district added with {@code ./slrt tenant add} while the server runs: no rebuild, no redeploy,
 * its own schema, its regions only, its users, and still walled off from the others.
 */
@ExtendWith(ArquillianExtension.class)
class TenantAddIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void aDistrictAddedAtRunTimeServesItsUsersWithoutRedeploy() throws Exception {
    String karawang = Api.token("admin.karawang");
    assertThat(Api.send("GET", "/t/sukabumi/services", karawang, null).status()).isEqualTo(404);

    String output = Slrt.run("tenant", "add", "sukabumi", "32.02");
    assertThat(output).contains("sukabumi");

    // the running server discovers the district by itself and creates its demo users
    String sukabumi = Slrt.awaitToken("admin.sukabumi", Duration.ofSeconds(60));
    String s = Api.serial();
    String kk = "320201120315" + s;
    String family =
        """
        {"kk": "%s", "address": {"villageCode": "32.02.01.2002", "rt": "001", "rw": "002"},
         "members": [{"nik": "320201450785%s", "name": "Euis Kurniasih", "sex": "F",
                      "birthDate": "1985-07-05", "relationship": "KEPALA_KELUARGA"}]}
        """
            .formatted(kk, s);
    // the national service catalogue came with it, with its agencies; no district's own services
    Api.Reply services = Api.send("GET", "/t/sukabumi/services", sukabumi, null);
    assertThat(services.status()).as(services.body()).isEqualTo(200);
    assertThat(services.body())
        .contains("\"code\":\"PKH\"", "\"code\":\"AKTA_LAHIR\"", "Dinas Kependudukan")
        .doesNotContain("KARAWANG_CERDAS", "OBH_MAROS");
    Api.Reply created = Api.send("POST", "/t/sukabumi/households", sukabumi, family);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    // a Karawang village is not Sukabumi's
    Api.Reply foreign =
        Api.send(
            "POST",
            "/t/sukabumi/households",
            sukabumi,
            family.replace("32.02.01.2002", "32.15.01.1001").replace(kk, "320201120315" + "9999"));
    assertThat(foreign.status()).isEqualTo(400);

    // the wall holds both ways
    assertThat(Api.send("GET", "/t/karawang/households", sukabumi, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/sukabumi/households", karawang, null).status()).isEqualTo(403);
    Api.Reply search = Api.send("GET", "/t/karawang/households?q=" + kk, karawang, null);
    assertThat(search.json().getInt("total")).isZero();

    // adding it again is harmless and keeps the data; a second tenant for the same regency and
    // a regency that does not exist are refused with a clear message
    Slrt.run("tenant", "add", "sukabumi", "32.02");
    Api.Reply kept = Api.send("GET", "/t/sukabumi/households?q=" + kk, sukabumi, null);
    assertThat(kept.json().getInt("total")).isEqualTo(1);
    assertThat(Slrt.refused("tenant", "add", "sukabumi2", "32.02"))
        .contains("already tenant sukabumi");
    assertThat(Slrt.refused("tenant", "add", "atlantis", "32.99")).contains("does not exist");
  }
}
