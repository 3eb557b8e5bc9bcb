package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tokens, roles and the wall between districts, through every path a client has. */
@ExtendWith(ArquillianExtension.class)
class SecurityAndTenancyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  @Test
  void issuesABearerTokenAsApiMdSays() {
    Api.Reply reply =
        Api.send(
            "POST",
            "/auth/token",
            null,
            "{\"username\":\"admin.maros\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(reply.json().getInt("expires_in")).isEqualTo(3600);
    assertThat(reply.json().getString("access_token")).contains(".");
  }

  @Test
  void refusesWrongCredentialsWith401Problem() {
    Api.Reply wrong =
        Api.send(
            "POST", "/auth/token", null, "{\"username\":\"admin.maros\",\"password\":\"nope\"}");
    Api.Reply unknown =
        Api.send("POST", "/auth/token", null, "{\"username\":\"nobody\",\"password\":\"nope\"}");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
    assertThat(unknown.status()).isEqualTo(401);
  }

  @Test
  void refusesMissingForgedAndTamperedTokensWith401() {
    String token = Api.token("puskesos.karawang");
    String[] parts = token.split("\\.");
    String tampered =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

    assertThat(Api.send("GET", "/t/karawang/households", null, null).status()).isEqualTo(401);
    assertThat(Api.send("GET", "/t/karawang/households", "not-a-token", null).status())
        .isEqualTo(401);
    assertThat(Api.send("GET", "/t/karawang/households", tampered, null).status()).isEqualTo(401);
    assertThat(Api.send("GET", "/t/karawang/households", null, null).contentType())
        .startsWith("application/problem+json");
  }

  @Test
  void answersAnotherDistrict403AndAnUnknownOne404() {
    String karawang = Api.token("puskesos.karawang");

    assertThat(Api.send("GET", "/t/maros/households", karawang, null).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/atlantis/households", karawang, null).status()).isEqualTo(404);
    assertThat(Api.send("GET", "/t/karawang/households", Api.token("pemantau"), null).status())
        .isEqualTo(403);
  }

  @Test
  void refusesARegistrationByARoleThatMayNotRegister() {
    String s = Api.serial();
    Api.Reply reply =
        Api.send(
            "POST",
            "/t/karawang/households",
            Api.token("dinkes.karawang"),
            Api.family("321501120315" + s, "321501450785" + s, "321501010110" + s));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void keepsAKarawangHouseholdInvisibleFromMarosByEveryPath() throws Exception {
    String karawang = Api.token("puskesos.karawang");
    String maros = Api.token("puskesos.maros");
    String s = Api.serial();
    String kk = "321501120315" + s;
    String mother = "321501450785" + s;
    long id =
        Api.send(
                "POST",
                "/t/karawang/households",
                karawang,
                Api.family(kk, mother, "321501010110" + s))
            .json()
            .getJsonNumber("id")
            .longValue();

    assertThat(Api.send("GET", "/t/maros/households/" + id, maros, null).status()).isEqualTo(404);
    assertThat(Api.send("GET", "/t/maros/persons/" + mother, maros, null).status()).isEqualTo(404);
    assertThat(Api.send("GET", "/t/maros/households?q=" + kk, maros, null).json().getInt("total"))
        .isZero();
    assertThat(Api.send("GET", "/t/maros/households?q=siti", maros, null).body())
        .doesNotContain(kk);
    // the same family card may be registered in another district: its uniqueness is per tenant
    String marosFamily =
        Api.family(kk, mother, "321501010110" + s).replace("32.15.01.1001", "73.09.01.1001");
    assertThat(Api.send("POST", "/t/maros/households", maros, marosFamily).status()).isEqualTo(201);

    assertThat(countRows("slrt_karawang", kk)).isEqualTo(1);
    assertThat(countRows("slrt_maros", kk)).isEqualTo(1);
    assertThat(countRows("slrt_kendal", kk)).isZero();
  }

  private static int countRows(String schema, String kk) throws Exception {
    String url = "jdbc:mysql://127.0.0.1:" + System.getProperty("slrt.db.port") + "/" + schema;
    try (Connection c =
            DriverManager.getConnection(
                url, System.getProperty("slrt.db.user"), System.getProperty("slrt.db.password"));
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM household WHERE kk = ?")) {
      ps.setString(1, kk);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
