package id.slrt.web.web;

import id.slrt.core.error.BusinessException;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.InvalidCredentialsException;
import id.slrt.core.security.SignInThrottledException;
import id.slrt.core.security.UserAdministration;
import id.slrt.web.security.ClientAddress;
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
import java.util.Map;

/**
 * Changing one's password: after a one-time password (the login page sends the user here), or at
 * any time from the user bar. The current password proves who it is; afterwards the user is signed
 * in with the new one (every older session and token has ended).
 */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {
  @Inject UserAdministration users;
  @Inject SecurityContext securityContext;
  @Inject CurrentUser currentUser;
  @Inject FacesContext faces;

  private String username;
  private String current;
  private String newPassword;
  private String confirmation;
  private boolean required;

  /** The username from the link, or the signed-in user's. */
  public void init() {
    if ((username == null || username.isBlank()) && currentUser.get().isPresent()) {
      username = currentUser.username();
    }
  }

  public String submit() {
    if (newPassword == null || !newPassword.equals(confirmation)) {
      Faces.error("password:confirmation", Faces.text("password.mismatch"));
      return null;
    }
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    try {
      users.changeOwnPassword(
          username == null ? "" : username.strip(),
          current == null ? new char[0] : current.toCharArray(),
          newPassword,
          ClientAddress.of(request));
    } catch (InvalidCredentialsException e) {
      Faces.error("password:current", Faces.text("password.currentWrong"));
      return null;
    } catch (SignInThrottledException e) {
      Faces.error(null, Faces.text("login.throttled", e.retryAfterSeconds()));
      return null;
    } catch (BusinessException e) {
      Faces.refused(e, Map.of("newPassword", "password:newPassword"));
      return null;
    }
    HttpServletResponse response = (HttpServletResponse) ext.getResponse();
    if (request.getSession(false) != null) {
      request.getSession(false).invalidate();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(newPassword))));
    current = null;
    newPassword = null;
    confirmation = null;
    Faces.info(Faces.text("password.changed"));
    if (status == AuthenticationStatus.SUCCESS) {
      return "/app/index.xhtml?faces-redirect=true";
    }
    return "/login.xhtml?faces-redirect=true";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }
}
