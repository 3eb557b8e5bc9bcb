package id.slrt.web.referral.web;

import static id.slrt.core.security.Role.ADMIN_KABUPATEN;
import static id.slrt.core.security.Role.KADER_KLIK;
import static id.slrt.core.security.Role.KOORDINATOR_PKH;
import static id.slrt.core.security.Role.MANAJER_KASUS_P2TP2A;
import static id.slrt.core.security.Role.MITRA_DINAS;
import static id.slrt.core.security.Role.PENDAMPING_PKH;
import static id.slrt.core.security.Role.PETUGAS_PUSKESOS;

import id.slrt.core.security.CurrentUser;
import id.slrt.core.security.Role;
import id.slrt.referral.api.ReferralService;
import id.slrt.web.web.HomeFigure;
import id.slrt.web.web.Screen;
import id.slrt.web.web.ScreenContribution;
import id.slrt.web.web.Screens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referral module's screens: referring a person, the district's referrals, one referral with
 * its history, an agency's inbox, and the overdue referrals escalated to the reader (with a notice
 * on the home screen), and the district's holiday calendar. Who may open each is the same as who
 * the referral services let in.
 */
@ApplicationScoped
public class ReferralScreens implements ScreenContribution {
  private static final String GROUP = "menu.referral";

  static final Set<Role> REFERRERS =
      Set.of(ADMIN_KABUPATEN, PETUGAS_PUSKESOS, KADER_KLIK, MANAJER_KASUS_P2TP2A, PENDAMPING_PKH);
  private static final Set<Role> READERS =
      Set.of(
          ADMIN_KABUPATEN,
          PETUGAS_PUSKESOS,
          KADER_KLIK,
          MANAJER_KASUS_P2TP2A,
          PENDAMPING_PKH,
          KOORDINATOR_PKH);

  private static final Screen ESCALATIONS =
      new Screen(
          "menu-escalations",
          "/app/referral/escalations",
          GROUP,
          "menu.escalations",
          "pi pi-exclamation-triangle",
          "home.action.escalations",
          315,
          READERS,
          true);

  @Inject CurrentUser currentUser;
  @Inject ReferralService referrals;

  @Override
  public String messageBundle() {
    return "id.slrt.web.i18n.referral.messages";
  }

  @Override
  public List<Screen> screens() {
    Set<Role> readersAndAgencies = new java.util.HashSet<>(READERS);
    readersAndAgencies.add(MITRA_DINAS);
    return List.of(
        new Screen(
            "menu-refer",
            "/app/referral/refer",
            GROUP,
            "menu.refer",
            "pi pi-send",
            "home.action.refer",
            300,
            REFERRERS,
            true),
        new Screen(
            "menu-referrals",
            "/app/referral/referrals",
            GROUP,
            "menu.referrals",
            "pi pi-directions",
            "home.action.referrals",
            310,
            READERS,
            true),
        new Screen(
            "referral",
            "/app/referral/referral",
            Screen.NO_MENU,
            "menu.referrals",
            null,
            null,
            311,
            Set.copyOf(readersAndAgencies),
            true),
        new Screen(
            "menu-inbox",
            "/app/referral/inbox",
            null,
            "menu.inbox",
            "pi pi-inbox",
            "home.action.inbox",
            320,
            Set.of(MITRA_DINAS),
            true),
        ESCALATIONS,
        new Screen(
            "menu-holidays",
            "/app/referral/holidays",
            GROUP,
            "menu.holidays",
            "pi pi-calendar",
            "home.action.holidays",
            330,
            Set.of(ADMIN_KABUPATEN),
            true));
  }

  /**
   * The escalation notice: how many overdue referrals were raised to this user's level, linking to
   * the list, for those who follow referrals.
   */
  @Override
  public List<HomeFigure> homeFigures() {
    if (!Screens.mayOpen(ESCALATIONS, currentUser.get().orElse(null))) {
      return List.of();
    }
    return List.of(
        new HomeFigure(
            "count-escalations",
            "home.escalations",
            referrals.escalationCount(),
            ESCALATIONS.outcome()));
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(GROUP, "pi pi-send");
  }
}
