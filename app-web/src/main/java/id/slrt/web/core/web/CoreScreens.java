package id.slrt.web.core.web;

import id.slrt.core.security.Role;
import id.slrt.web.web.Screen;
import id.slrt.web.web.ScreenContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The platform's screens: home, and the district admin's users and organisation. */
@ApplicationScoped
public class CoreScreens implements ScreenContribution {
  private static final String ADMIN = "menu.admin";

  @Override
  public List<Screen> screens() {
    return List.of(
        new Screen(
            "menu-home", "/app/index", null, "menu.home", "pi pi-home", null, 0, Set.of(), false),
        new Screen(
            "menu-users",
            "/app/admin/users",
            ADMIN,
            "menu.users",
            "pi pi-id-card",
            "home.action.users",
            900,
            Set.of(Role.ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-organisation",
            "/app/admin/organisation",
            ADMIN,
            "menu.organisation",
            "pi pi-sitemap",
            null,
            910,
            Set.of(Role.ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-audit",
            "/app/admin/audit",
            ADMIN,
            "menu.audit",
            "pi pi-history",
            null,
            920,
            Set.of(Role.ADMIN_KABUPATEN),
            true));
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(ADMIN, "pi pi-cog");
  }
}
