package id.slrt.web.web;

import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/** What the page template shows: the district, the signed-in user, and sign-out. */
@Named("layout")
@RequestScoped
public class LayoutBacking {
  @Inject CurrentUser currentUser;
  @Inject TenantContext tenantContext;
  @Inject FacesContext faces;
  @Inject Screens screens;

  public String getDistrictName() {
    return tenantContext.current().map(Tenant::name).orElse(Faces.text("national.user"));
  }

  public boolean isTenantUser() {
    return tenantContext.current().isPresent();
  }

  public String getUserName() {
    return currentUser.get().map(AuthenticatedUser::displayName).orElse("");
  }

  public String getRole() {
    return currentUser
        .get()
        .map(
            u ->
                String.join(
                    ", ", u.roleNames().stream().map(r -> Faces.text("role." + r)).toList()))
        .orElse("");
  }

  /** The menu bar's entries this user may open, as the modules declared them. */
  public List<Screens.MenuEntry> getMenu() {
    return screens.menu(currentUser.get().orElse(null));
  }

  /** The home screen's cards of the screens this user may open. */
  public List<Screen> getHomeCards() {
    return screens.homeCards(currentUser.get().orElse(null));
  }

  /**
   * Whether this user may open the screen at {@code outcome} (such as {@code /app/referral/refer}):
   * a link from one module's page to another's shows only when the target's own declaration lets
   * the user in.
   */
  public boolean mayOpen(String outcome) {
    return screens
        .at(outcome + ".xhtml")
        .map(s -> Screens.mayOpen(s, currentUser.get().orElse(null)))
        .orElse(false);
  }

  public String logout() throws ServletException {
    ExternalContext ext = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ext.getRequest();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    return "/login.xhtml?faces-redirect=true";
  }
}
