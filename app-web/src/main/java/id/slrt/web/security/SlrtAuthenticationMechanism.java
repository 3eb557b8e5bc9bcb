package id.slrt.web.security;

import id.slrt.core.error.Messages;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.SignIn;
import id.slrt.core.security.SlrtPrincipal;
import id.slrt.core.security.TokenService;
import id.slrt.core.security.UserDirectory;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one authentication mechanism of the WAR (Jakarta Security allows one), delegating by path:
 *
 * <ul>
 *   <li>{@code /api/...}: a bearer token on every call, no session; {@code /api/v1/auth/...} is
 *       open. Missing, expired or forged tokens get 401 as problem+json, and so does the token of
 *       an account deactivated or changed since it was issued.
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
  private static final String AUTH_ENDPOINTS = "/api/v1/auth/";
  private static final Jsonb JSON = JsonbBuilder.create();

  /** Request attribute telling the login page why a sign-in did not succeed. */
  public static final String OUTCOME = "id.slrt.signInOutcome";

  /** A screen session ends after this long, however busy it was (the idle limit is web.xml's). */
  static final long ABSOLUTE_SESSION_MILLIS = 12L * 60 * 60 * 1000;

  @Inject SignIn signIn;
  @Inject TokenService tokens;
  @Inject UserDirectory users;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(API)) {
      return api(path, request, response, context);
    }
    if (isStaticResource(path)) {
      // style sheets, scripts, icons: public, and not worth a look-up of the account each
      return context.doNothing();
    }
    return screens(request, context);
  }

  private AuthenticationStatus api(
      String path,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (path.startsWith(AUTH_ENDPOINTS)) {
      return context.doNothing();
    }
    Optional<AuthenticatedUser> user =
        bearer(request)
            .flatMap(tokens::verify)
            .filter(u -> users.isCurrent(u.username(), u.tokenVersion()));
    if (user.isPresent()) {
      return login(request, context, user.get());
    }
    return unauthorized(request, response);
  }

  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
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
      SignIn.Outcome outcome =
          signIn.check(
              password.getCaller(), password.getPassword().getValue(), ClientAddress.of(request));
      if (!(outcome instanceof SignIn.Success success)) {
        request.setAttribute(OUTCOME, outcome);
        return AuthenticationStatus.SEND_FAILURE;
      }
      AuthenticatedUser user = success.account().asCaller();
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(SESSION_USER, user);
      return login(request, context, user);
    }
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(SESSION_USER);
    if (kept instanceof AuthenticatedUser user) {
      // deactivated, roles, scope or password changed, or simply too old: the session ends now
      if (System.currentTimeMillis() - session.getCreationTime() > ABSOLUTE_SESSION_MILLIS
          || !users.isCurrent(user.username(), user.tokenVersion())) {
        session.invalidate();
      } else {
        return login(request, context, user);
      }
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private static AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, AuthenticatedUser user) {
    request.setAttribute(CurrentUser.ATTRIBUTE, user);
    request.setAttribute(CurrentUser.ADDRESS, ClientAddress.of(request));
    return context.notifyContainerAboutLogin(new SlrtPrincipal(user), user.roleNames());
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
