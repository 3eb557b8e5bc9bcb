package id.slrt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A device sign-in: a phone offline longer than its bearer token lasts gets a new one with its
 * device token, until it signs out, the grant runs out, or the account changes.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceSignInIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return SlrtDeployment.ear();
  }

  private static Api.Reply withDevice(String deviceToken) {
    return Api.send("POST", "/auth/token", null, "{\"deviceToken\": \"" + deviceToken + "\"}");
  }

  @Test
  void aDeviceTokenSignsThePhoneInAgainUntilSignOutOrAnAccountChange() {
    String admin = Api.token("admin.karawang");
    String username = "hp.pendamping" + Api.serial();
    String[] user = UserAdminIT.readyOfficer(admin, username);

    Api.Reply plain =
        Api.send(
            "POST",
            "/auth/token",
            null,
            "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, user[1]));
    assertThat(plain.json().containsKey("device_token")).isFalse();
    Api.Reply signedIn =
        Api.send(
            "POST",
            "/auth/token",
            null,
            "{\"username\": \"%s\", \"password\": \"%s\", \"device\": \"HP Samsung A05\"}"
                .formatted(username, user[1]));
    assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
    JsonObject grant = signedIn.json();
    String device = grant.getString("device_token");
    assertThat(device).hasSize(43);
    assertThat(Duration.between(Instant.now(), Instant.parse(grant.getString("device_expires_at"))))
        .isBetween(Duration.ofDays(13), Duration.ofDays(15));

    // later, offline past the bearer token's hour: the device token gets a new one
    Api.Reply renewed = withDevice(device);
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
    String bearer = renewed.json().getString("access_token");
    assertThat(renewed.json().containsKey("device_token")).isFalse();
    assertThat(Api.send("GET", "/t/karawang/households?size=1", bearer, null).status())
        .isEqualTo(200);
    // forged or malformed tokens sign nobody in
    assertThat(withDevice("A".repeat(43)).status()).isEqualTo(401);
    assertThat(withDevice("kurang").status()).isEqualTo(401);

    // sign-out ends the device token
    assertThat(
            Api.send("POST", "/auth/device-sign-out", null, "{\"deviceToken\": \"" + device + "\"}")
                .status())
        .isEqualTo(204);
    assertThat(withDevice(device).status()).isEqualTo(401);

    // a second device, then the admin deactivates the account: its device token ends too
    String second =
        Api.send(
                "POST",
                "/auth/token",
                null,
                "{\"username\": \"%s\", \"password\": \"%s\", \"device\": \"HP kedua\"}"
                    .formatted(username, user[1]))
            .json()
            .getString("device_token");
    assertThat(withDevice(second).status()).isEqualTo(200);
    assertThat(
            Api.send("POST", "/t/karawang/users/" + user[0] + "/deactivation", admin, null)
                .status())
        .isEqualTo(200);
    assertThat(withDevice(second).status()).isEqualTo(401);
    // the admin's trail shows the device sign-ins
    assertThat(
            Api.send(
                    "GET",
                    "/t/karawang/audit?user=" + username + "&action=auth.deviceSignedIn",
                    admin,
                    null)
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(2);
  }
}
