package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A district admin manages users over the API; changes end the user's tokens at once. */
@ExtendWith(ArquillianExtension.class)
class UserAdminIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Api.Reply signIn(String username, String password) {
    return Api.send(
        "POST",
        "/auth/token",
        null,
        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
  }

  private static Api.Reply create(String admin, String tenant, String json) {
    return Api.send("POST", "/t/" + tenant + "/users", admin, json);
  }

  private static String officer(String username) {
    return """
        {"username": "%s", "name": "Rina Marlina", "roles": ["PETUGAS_PUSKESOS"],
         "unitCode": "PUSKESOS-KARAWANG-KULON"}"""
        .formatted(username);
  }

  /** Creates an officer, changes the one-time password and returns [id, password]. */
  static String[] readyOfficer(String admin, String username) {
    return readyUser(admin, username, officer(username));
  }

  /**
   * Creates a Karawang user from the JSON given, changes the one-time password as the user would at
   * first sign-in and returns [id, password].
   */
  static String[] readyUser(String admin, String username, String json) {
    Api.Reply created = create(admin, "karawang", json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String password = "teh manis di pos ronda " + Api.serial();
    Api.Reply changed =
        Api.send(
            "POST",
            "/auth/password",
            null,
            "{\"username\":\"%s\",\"password\":\"%s\",\"newPassword\":\"%s\"}"
                .formatted(username, created.json().getString("oneTimePassword"), password));
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    return new String[] {Long.toString(created.json().getJsonNumber("id").longValue()), password};
  }

  @Test
  void aNewOfficerMustChangeTheOneTimePasswordAndThenWorks() {
    String admin = Api.token("admin.karawang");
    String username = "rina.kulon" + Api.serial();

    Api.Reply created = create(admin, "karawang", officer(username));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.raw().headers().firstValue("Location")).isPresent();
    assertThat(created.raw().headers().firstValue("Cache-Control")).contains("no-store");
    JsonObject user = created.json();
    String oneTime = user.getString("oneTimePassword");
    assertThat(oneTime).hasSize(12);
    assertThat(user.getBoolean("mustChangePassword")).isTrue();
    assertThat(user.getJsonArray("roles").getString(0)).isEqualTo("PETUGAS_PUSKESOS");
    assertThat(user.getString("unitCode")).isEqualTo("PUSKESOS-KARAWANG-KULON");

    Api.Reply first = signIn(username, oneTime);
    assertThat(first.status()).isEqualTo(403);
    assertThat(first.json().getString("type")).endsWith("/password-change-required");

    Api.Reply common =
        Api.send(
            "POST",
            "/auth/password",
            null,
            "{\"username\":\"%s\",\"password\":\"%s\",\"newPassword\":\"Bismillah2026!\"}"
                .formatted(username, oneTime));
    assertThat(common.status()).isEqualTo(400);
    assertThat(common.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("newPassword");
    Api.Reply wrongCurrent =
        Api.send(
            "POST",
            "/auth/password",
            null,
            "{\"username\":\"%s\",\"password\":\"salah-sekali-123\",\"newPassword\":\"teh manis di pos ronda\"}"
                .formatted(username));
    assertThat(wrongCurrent.status()).isEqualTo(401);

    Api.Reply changed =
        Api.send(
            "POST",
            "/auth/password",
            null,
            "{\"username\":\"%s\",\"password\":\"%s\",\"newPassword\":\"teh manis di pos ronda\"}"
                .formatted(username, oneTime));
    assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    assertThat(signIn(username, oneTime).status()).isEqualTo(401);

    Api.Reply token = signIn(username, "teh manis di pos ronda");
    assertThat(token.status()).isEqualTo(200);
    String bearer = token.json().getString("access_token");
    assertThat(Api.send("GET", "/t/karawang/households?size=1", bearer, null).status())
        .isEqualTo(200);

    long id = user.getJsonNumber("id").longValue();
    Api.Reply read = Api.send("GET", "/t/karawang/users/" + id, admin, null);
    assertThat(read.json().getString("lastSignInAt")).isNotBlank();
    assertThat(read.json().getBoolean("mustChangePassword")).isFalse();
    assertThat(read.body()).doesNotContain("PBKDF2").doesNotContain("oneTimePassword");
  }

  @Test
  void aRoleChangeEndsTheUsersTokensAtOnce() {
    String admin = Api.token("admin.karawang");
    String username = "dewi.klik" + Api.serial();
    String[] officer = readyOfficer(admin, username);
    String before = signIn(username, officer[1]).json().getString("access_token");
    assertThat(Api.send("GET", "/t/karawang/households?size=1", before, null).status())
        .isEqualTo(200);

    Api.Reply read = Api.send("GET", "/t/karawang/users/" + officer[0], admin, null);
    String etag = read.raw().headers().firstValue("ETag").orElseThrow();
    Api.Reply stale =
        Api.send(
            "PUT",
            "/t/karawang/users/" + officer[0],
            admin,
            "{\"name\":\"Dewi\",\"roles\":[\"KADER_KLIK\"]}",
            Map.of("If-Match", "\"" + officer[0] + "-999\""));
    assertThat(stale.status()).isEqualTo(412);
    Api.Reply changed =
        Api.send(
            "PUT",
            "/t/karawang/users/" + officer[0],
            admin,
            "{\"name\":\"Dewi Sartika\",\"roles\":[\"KADER_KLIK\",\"PETUGAS_PUSKESOS\"],"
                + "\"unitCode\":\"PUSKESOS-KARAWANG-KULON\"}",
            Map.of("If-Match", etag));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getJsonArray("roles")).hasSize(2);

    assertThat(Api.send("GET", "/t/karawang/households?size=1", before, null).status())
        .isEqualTo(401);
    String after = signIn(username, officer[1]).json().getString("access_token");
    assertThat(Api.send("GET", "/t/karawang/households?size=1", after, null).status())
        .isEqualTo(200);
  }

  @Test
  void deactivationEndsTokensAndSignInAndAResetBringsTheUserBack() {
    String admin = Api.token("admin.karawang");
    String username = "agus.nonaktif" + Api.serial();
    String[] officer = readyOfficer(admin, username);
    String token = signIn(username, officer[1]).json().getString("access_token");

    Api.Reply off =
        Api.send("POST", "/t/karawang/users/" + officer[0] + "/deactivation", admin, null);
    assertThat(off.status()).isEqualTo(200);
    assertThat(off.json().getBoolean("active")).isFalse();
    assertThat(Api.send("GET", "/t/karawang/households?size=1", token, null).status())
        .isEqualTo(401);
    assertThat(signIn(username, officer[1]).status()).isEqualTo(401);

    Api.Reply reset =
        Api.send("POST", "/t/karawang/users/" + officer[0] + "/password-reset", admin, null);
    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.json().getBoolean("active")).isTrue();
    assertThat(signIn(username, officer[1]).status()).isEqualTo(401);
    assertThat(signIn(username, reset.json().getString("oneTimePassword")).status()).isEqualTo(403);
  }

  @Test
  void refusesBadUsersFieldByField() {
    String admin = Api.token("admin.karawang");

    Api.Reply bad =
        create(
            admin,
            "karawang",
            "{\"username\":\"X\",\"name\":\"\",\"roles\":[\"PEMANTAU\",\"RAJA\"],"
                + "\"unitCode\":\"PUSKESOS-NOWHERE\",\"kecamatanCode\":\"73.09.01\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains("\"username\"", "\"name\"", "\"roles[0]\"", "\"roles[1]\"", "\"unitCode\"")
        .contains("\"kecamatanCode\"");

    Api.Reply mitra =
        create(
            admin,
            "karawang",
            "{\"username\":\"mitra"
                + Api.serial()
                + "\",\"name\":\"Mitra\",\"roles\":[\"MITRA_DINAS\"]}");
    assertThat(mitra.status()).isEqualTo(400);
    assertThat(mitra.body()).contains("\"providerCode\"");

    Api.Reply taken = create(admin, "karawang", officer("puskesos.karawang"));
    assertThat(taken.status()).isEqualTo(409);
  }

  @Test
  void onlyTheDistrictsAdminManagesItsUsers() {
    String officer = Api.token("puskesos.karawang");
    String otherAdmin = Api.token("admin.maros");
    String admin = Api.token("admin.karawang");
    String[] karawangUser = readyOfficer(admin, "budi.batas" + Api.serial());

    assertThat(Api.send("GET", "/t/karawang/users", officer, null).status()).isEqualTo(403);
    assertThat(create(officer, "karawang", officer("x" + Api.serial())).status()).isEqualTo(403);
    assertThat(Api.send("GET", "/t/karawang/users", otherAdmin, null).status()).isEqualTo(403);
    // Maros' admin cannot tell that a Karawang user id exists
    assertThat(Api.send("GET", "/t/maros/users/" + karawangUser[0], otherAdmin, null).status())
        .isEqualTo(404);
    assertThat(
            Api.send(
                    "POST", "/t/maros/users/" + karawangUser[0] + "/deactivation", otherAdmin, null)
                .status())
        .isEqualTo(404);

    Api.Reply list = Api.send("GET", "/t/maros/users?size=500", otherAdmin, null);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("admin.maros").doesNotContain("karawang");
  }
}
