package id.slrt.web.security;

import id.slrt.core.error.Messages;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.SlrtPrincipal;
import id.slrt.core.security.TokenService;
import id.slrt.web.rest.Problem;
import id.slrt.web.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism of the WAR (Jakarta Security allows one), delegating by path:
 *
 * <ul>
 *   <li>{@code /api/...}: a bearer token on every call, no session; {@code /api/v1/auth/token} is
 *       open. Missing, expired or forged tokens get 401 as problem+json.
 *   <li>screens: a form login (the login page calls {@code SecurityContext.authenticate}); the user
 *       is kept in the HTTP session, whose id is renewed at login.
 * </ul>
 *
 * Neither passwords nor tokens are ever logged.
 */
@ApplicationScoped
public class SlrtAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String SESSION_USER = "id.slrt.sessionUser";
  private static final String API = "/api/";
  private static final String TOKEN_ENDPOINT = "/api/v1/auth/token";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdentityStoreHandler identityStore;
  @Inject TokenService tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(API)) {
      return api(path, request, response, context);
    }
    return screens(request, context);
  }

  private AuthenticationStatus api(
      String path,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (path.equals(TOKEN_ENDPOINT) || path.startsWith(TOKEN_ENDPOINT + "/")) {
      return context.doNothing();
    }
    Optional<AuthenticatedUser> user = bearer(request).flatMap(tokens::verify);
    if (user.isPresent()) {
      return login(request, context, user.get());
    }
    return unauthorized(request, response);
  }

  private static Optional<String> bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }

  private AuthenticationStatus screens(HttpServletRequest request, HttpMessageContext context) {
    Credential credential =
        context.isAuthenticationRequest() && context.getAuthParameters() != null
            ? context.getAuthParameters().getCredential()
            : null;
    if (credential instanceof UsernamePasswordCredential password) {
      CredentialValidationResult result = identityStore.validate(password);
      if (result.getStatus() != CredentialValidationResult.Status.VALID
          || !(result.getCallerPrincipal() instanceof SlrtPrincipal principal)) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(SESSION_USER, principal.user());
      return login(request, context, principal.user());
    }
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(SESSION_USER);
    if (kept instanceof AuthenticatedUser user) {
      return login(request, context, user);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private static AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, AuthenticatedUser user) {
    request.setAttribute(CurrentUser.ATTRIBUTE, user);
    return context.notifyContainerAboutLogin(new SlrtPrincipal(user), Set.of(user.role().name()));
  }

  private static AuthenticationStatus unauthorized(
      HttpServletRequest request, HttpServletResponse response) {
    Problem problem =
        Problem.of(
            401,
            "unauthorized",
            Messages.get(RequestLocale.of(request.getHeader("Accept-Language")), "auth.required"));
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"slrt\"");
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
