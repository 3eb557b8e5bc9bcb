package id.slrt.web.web;

import id.slrt.core.security.SignIn;
import id.slrt.web.security.SlrtAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The login page. */
@Named("login")
@RequestScoped
public class LoginBacking {
  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;

  private String username;
  private String password;

  /** A signed-in user who opens the login page goes straight to the home screen. */
  public void redirectIfSignedIn() throws IOException {
    if (securityContext.getCallerPrincipal() != null) {
      ExternalContext ext = faces.getExternalContext();
      ext.redirect(ext.getRequestContextPath() + "/app/index.xhtml");
    }
  }

  public String submit() throws IOException {
    ExternalContext ext = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      return "/app/index.xhtml?faces-redirect=true";
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    Object outcome = ext.getRequestMap().get(SlrtAuthenticationMechanism.OUTCOME);
    if (outcome instanceof SignIn.PasswordChangeRequired required) {
      ext.redirect(
          ext.getRequestContextPath()
              + "/password.xhtml?first=true&u="
              + URLEncoder.encode(required.account().username(), StandardCharsets.UTF_8));
      faces.responseComplete();
      return null;
    }
    if (outcome instanceof SignIn.Throttled throttled) {
      Faces.error(
          null, Faces.text("login.throttled", Math.max(1, throttled.retryAfter().toSeconds() + 1)));
      return null;
    }
    Faces.error(null, Faces.text("login.failed"));
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
