package id.slrt.web.rest;

import id.slrt.core.audit.AuditTrail;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.Messages;
import id.slrt.core.security.DeviceGrants;
import id.slrt.core.security.InvalidCredentialsException;
import id.slrt.core.security.SignIn;
import id.slrt.core.security.SignInThrottledException;
import id.slrt.core.security.TokenService;
import id.slrt.core.security.UserAccount;
import id.slrt.core.security.UserAdministration;
import id.slrt.web.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /auth/token}: a username and password for a bearer token valid one hour; {@code POST
 * /auth/password}: change one's own password (no token needed, the current password proves who it
 * is). Both are throttled after repeated failures (429 with Retry-After, before any password is
 * checked).
 */
@Tag(name = "Authentication", description = "Sign-in and one's own password")
@Path("auth")
public class AuthResource {
  @Inject SignIn signIn;
  @Inject TokenService tokens;
  @Inject UserAdministration users;
  @Inject DeviceGrants devices;
  @Inject AuditTrail audit;
  @Context HttpServletRequest request;

  /**
   * A sign-in: username and password, or a device token instead of both.
   *
   * @param device a label of the signing-in device (e.g. "HP pendamping"): the answer then also
   *     carries a device token for later sign-ins of that device without the password
   * @param deviceToken a device token from an earlier sign-in with {@code device}
   */
  public record Credentials(String username, String password, String device, String deviceToken) {}

  /** A device's sign-out: its device token ends. */
  public record DeviceSignOut(String deviceToken) {}

  public record PasswordChange(String username, String password, String newPassword) {}

  /**
   * A bearer token; with {@code device_token} and {@code device_expires_at} when the sign-in named
   * a device.
   */
  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn,
      @JsonbProperty("device_token") String deviceToken,
      @JsonbProperty("device_expires_at") java.time.Instant deviceExpiresAt) {}

  @Operation(
      operationId = "signIn",
      summary = "Sign in: a bearer token, valid one hour, for a username and password")
  @APIResponseSchema(
      value = TokenResponse.class,
      responseCode = "200",
      responseDescription = "The bearer token")
  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "signIn",
                              summary = "A district officer",
                              value =
                                  "{\"username\": \"puskesos.karawang\", \"password\": \"kata-sandi-anda\"}")))
          Credentials credentials,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    if (credentials != null && credentials.deviceToken() != null) {
      UserAccount account =
          devices.redeem(credentials.deviceToken()).orElseThrow(InvalidCredentialsException::new);
      audit.recordAtTheDoor(
          account.tenantSlug(),
          account.username(),
          ClientAddress.of(request),
          "auth.deviceSignedIn");
      return Response.ok(
              new TokenResponse(
                  tokens.issue(account.asCaller()), "Bearer", tokens.lifetimeSeconds(), null, null))
          .header("Cache-Control", "no-store")
          .build();
    }
    if (credentials == null
        || credentials.username() == null
        || credentials.username().isBlank()
        || credentials.password() == null
        || credentials.password().isEmpty()) {
      throw new InvalidCredentialsException();
    }
    SignIn.Outcome outcome =
        signIn.check(
            credentials.username(),
            credentials.password().toCharArray(),
            ClientAddress.of(request));
    if (outcome instanceof SignIn.Success success) {
      DeviceGrants.Grant grant =
          credentials.device() == null || credentials.device().isBlank()
              ? null
              : devices.issue(success.account().asCaller(), credentials.device());
      return Response.ok(
              new TokenResponse(
                  tokens.issue(success.account().asCaller()),
                  "Bearer",
                  tokens.lifetimeSeconds(),
                  grant == null ? null : grant.token(),
                  grant == null ? null : grant.expiresAt()))
          .header("Cache-Control", "no-store")
          .build();
    }
    if (outcome instanceof SignIn.Throttled throttled) {
      throw new SignInThrottledException(throttled.retryAfter());
    }
    if (outcome instanceof SignIn.PasswordChangeRequired) {
      return Problems.response(
          Problem.of(
              403,
              "password-change-required",
              Messages.get(RequestLocale.of(language), "auth.passwordChangeRequired")));
    }
    throw new InvalidCredentialsException();
  }

  @Operation(
      operationId = "signOutDevice",
      summary = "A device's sign-out: its device token ends (an unknown token changes nothing)")
  @APIResponse(responseCode = "204", description = "The device token no longer signs in")
  @POST
  @Path("device-sign-out")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signOutDevice(DeviceSignOut signOut) {
    if (signOut != null) {
      devices.revoke(signOut.deviceToken());
    }
    return Response.noContent().build();
  }

  @Operation(
      operationId = "changePassword",
      summary = "Change one's own password (no token needed; also ends a one-time password)")
  @APIResponse(
      responseCode = "204",
      description = "Changed; earlier tokens and sessions of the user end")
  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response changePassword(PasswordChange change) {
    FieldErrors errors = new FieldErrors();
    if (change == null || change.username() == null || change.username().isBlank()) {
      errors.add("username", "user.usernameRequired");
    }
    if (change == null || change.password() == null || change.password().isEmpty()) {
      errors.add("password", "password.required");
    }
    if (change == null || change.newPassword() == null || change.newPassword().isEmpty()) {
      errors.add("newPassword", "password.required");
    }
    errors.throwIfAny();
    users.changeOwnPassword(
        change.username(),
        change.password().toCharArray(),
        change.newPassword(),
        ClientAddress.of(request));
    return Response.noContent().header("Cache-Control", "no-store").build();
  }
}
