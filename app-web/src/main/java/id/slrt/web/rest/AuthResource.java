package id.slrt.web.rest;

import id.slrt.core.error.Messages;
import id.slrt.core.security.SlrtPrincipal;
import id.slrt.core.security.TokenService;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /auth/token}: a username and password for a bearer token valid one hour. */
@Path("auth/token")
public class AuthResource {
  @Inject IdentityStoreHandler identityStore;
  @Inject TokenService tokens;

  public record Credentials(String username, String password) {}

  public record TokenResponse(
      @JsonbProperty("access_token") String accessToken,
      @JsonbProperty("token_type") String tokenType,
      @JsonbProperty("expires_in") long expiresIn) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      Credentials credentials, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    if (credentials == null
        || credentials.username() == null
        || credentials.username().isBlank()
        || credentials.password() == null
        || credentials.password().isEmpty()) {
      return invalid(language);
    }
    CredentialValidationResult result =
        identityStore.validate(
            new UsernamePasswordCredential(credentials.username().trim(), credentials.password()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof SlrtPrincipal principal)) {
      return invalid(language);
    }
    return Response.ok(
            new TokenResponse(tokens.issue(principal.user()), "Bearer", tokens.lifetimeSeconds()))
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Response invalid(String language) {
    return Problems.response(
        Problem.of(
            401,
            "invalid-credentials",
            Messages.get(RequestLocale.of(language), "auth.invalidCredentials")));
  }
}
