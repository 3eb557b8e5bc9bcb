package id.slrt.web.intake.web;

import static id.slrt.core.security.Role.ADMIN_KABUPATEN;
import static id.slrt.core.security.Role.KADER_KLIK;
import static id.slrt.core.security.Role.KOORDINATOR_PKH;
import static id.slrt.core.security.Role.MANAJER_KASUS_P2TP2A;
import static id.slrt.core.security.Role.PENDAMPING_PKH;
import static id.slrt.core.security.Role.PETUGAS_PUSKESOS;

import id.slrt.web.web.Screen;
import id.slrt.web.web.ScreenContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The intake module's screens: families, needs, verivali, the DTKS/DTSEN import and KLIK. */
@ApplicationScoped
public class IntakeScreens implements ScreenContribution {
  private static final String GROUP = "menu.intake";

  /** Those who read families (a MITRA_DINAS looks people up by NIK over the API only). */
  private static final Set<id.slrt.core.security.Role> READERS =
      Set.of(
          ADMIN_KABUPATEN,
          PETUGAS_PUSKESOS,
          KADER_KLIK,
          MANAJER_KASUS_P2TP2A,
          PENDAMPING_PKH,
          KOORDINATOR_PKH);

  private static final Set<id.slrt.core.security.Role> REGISTRARS =
      Set.of(ADMIN_KABUPATEN, PETUGAS_PUSKESOS, KADER_KLIK);
  private static final Set<id.slrt.core.security.Role> KLIK =
      Set.of(ADMIN_KABUPATEN, PETUGAS_PUSKESOS, KADER_KLIK, MANAJER_KASUS_P2TP2A);

  @Override
  public String messageBundle() {
    return "id.slrt.web.i18n.intake.messages";
  }

  @Override
  public List<Screen> screens() {
    return List.of(
        new Screen(
            "menu-register",
            "/app/intake/register",
            GROUP,
            "menu.registerHousehold",
            "pi pi-user-plus",
            "home.action.register",
            100,
            REGISTRARS,
            true),
        new Screen(
            "menu-households",
            "/app/intake/households",
            GROUP,
            "menu.households",
            "pi pi-list",
            "home.action.households",
            110,
            READERS,
            true),
        new Screen(
            "household",
            "/app/intake/household",
            Screen.NO_MENU,
            "menu.households",
            null,
            null,
            111,
            READERS,
            true),
        new Screen(
            "menu-needs",
            "/app/intake/needs",
            GROUP,
            "menu.needs",
            "pi pi-inbox",
            "home.action.needs",
            120,
            KLIK,
            true),
        new Screen(
            "menu-verivali",
            "/app/intake/verivali",
            GROUP,
            "menu.verivali",
            "pi pi-verified",
            "home.action.verivali",
            130,
            REGISTRARS,
            true),
        new Screen(
            "menu-import",
            "/app/intake/imports",
            GROUP,
            "menu.import",
            "pi pi-upload",
            "home.action.import",
            140,
            Set.of(ADMIN_KABUPATEN, PETUGAS_PUSKESOS),
            true),
        new Screen(
            "menu-klik",
            "/app/klik/events",
            null,
            "menu.klik",
            "pi pi-comments",
            "home.action.klik",
            200,
            KLIK,
            true),
        new Screen(
            "klik-desk",
            "/app/klik/desk",
            Screen.NO_MENU,
            "menu.klik",
            null,
            null,
            201,
            KLIK,
            true));
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(GROUP, "pi pi-users");
  }
}
