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
 * on the home screen), the district's holiday calendar and its referral letters (letterhead,
 * numbering, signatories). Who may open each is the same as who the referral services let in.
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

  private static final Screen FOLLOW_UPS =
      new Screen(
          "menu-follow-ups",
          "/app/referral/follow-ups",
          GROUP,
          "menu.followUps",
          "pi pi-check-square",
          "home.action.followUps",
          317,
          Set.of(
              ADMIN_KABUPATEN,
              PETUGAS_PUSKESOS,
              KADER_KLIK,
              MANAJER_KASUS_P2TP2A,
              PENDAMPING_PKH,
              KOORDINATOR_PKH,
              MITRA_DINAS),
          true);

  @Inject CurrentUser currentUser;
  @Inject ReferralService referrals;
  @Inject id.slrt.referral.api.ConferenceService conferences;

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
            "menu-conferences",
            "/app/referral/conferences",
            GROUP,
            "menu.conferences",
            "pi pi-users",
            "home.action.conferences",
            316,
            READERS,
            true),
        FOLLOW_UPS,
        new Screen(
            "menu-holidays",
            "/app/referral/holidays",
            GROUP,
            "menu.holidays",
            "pi pi-calendar",
            "home.action.holidays",
            330,
            Set.of(ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-services",
            "/app/referral/services",
            GROUP,
            "menu.services",
            "pi pi-list",
            "home.action.services",
            333,
            Set.of(ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-letters",
            "/app/referral/letters",
            GROUP,
            "menu.letters",
            "pi pi-file",
            "home.action.letters",
            335,
            Set.of(ADMIN_KABUPATEN),
            true));
  }

  /**
   * The escalation notice (how many overdue referrals were raised to this user's level) for those
   * who follow referrals, and everyone's open follow-ups from case conferences, each linking to its
   * list.
   */
  @Override
  public List<HomeFigure> homeFigures() {
    var user = currentUser.get().orElse(null);
    List<HomeFigure> figures = new java.util.ArrayList<>();
    if (Screens.mayOpen(ESCALATIONS, user)) {
      figures.add(
          new HomeFigure(
              "count-escalations",
              "home.escalations",
              referrals.escalationCount(),
              ESCALATIONS.outcome()));
    }
    if (Screens.mayOpen(FOLLOW_UPS, user)) {
      figures.add(
          new HomeFigure(
              "count-follow-ups",
              "home.followUps",
              conferences.openFollowUpCount(),
              FOLLOW_UPS.outcome()));
    }
    return List.copyOf(figures);
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(GROUP, "pi pi-send");
  }
}
