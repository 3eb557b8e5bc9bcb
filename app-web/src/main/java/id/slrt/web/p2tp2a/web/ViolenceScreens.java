package id.slrt.web.p2tp2a.web;

import static id.slrt.core.security.Role.ADMIN_KABUPATEN;
import static id.slrt.core.security.Role.MANAJER_KASUS_P2TP2A;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.CurrentUser;
import id.slrt.referral.api.ViolenceCaseService;
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
 * P2TP2A's screens, for its case managers only: the new hand-overs and the manager's cases, a case
 * opened at P2TP2A, and one case with its steps, consents and access log. Nobody else has them in a
 * menu, and the screen filter refuses them alike whatever case is named.
 */
@ApplicationScoped
public class ViolenceScreens implements ScreenContribution {
  private static final String GROUP = "menu.p2tp2a";

  private static final Screen CASES =
      new Screen(
          "menu-violence-cases",
          "/app/p2tp2a/cases",
          GROUP,
          "menu.violenceCases",
          "pi pi-shield",
          "home.action.violenceCases",
          400,
          Set.of(MANAJER_KASUS_P2TP2A),
          true);

  @Inject CurrentUser currentUser;
  @Inject ViolenceCaseService cases;

  @Override
  public String messageBundle() {
    return "id.slrt.web.i18n.p2tp2a.messages";
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(GROUP, "pi pi-shield");
  }

  @Override
  public List<Screen> screens() {
    return List.of(
        CASES,
        new Screen(
            "menu-violence-open",
            "/app/p2tp2a/open",
            GROUP,
            "menu.violenceOpen",
            "pi pi-plus",
            "home.action.violenceOpen",
            401,
            Set.of(MANAJER_KASUS_P2TP2A),
            true),
        new Screen(
            "menu-violence-emergency",
            "/app/p2tp2a/emergency",
            GROUP,
            "menu.violenceEmergency",
            "pi pi-lock-open",
            "home.action.violenceEmergency",
            403,
            Set.of(ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-violence-sop",
            "/app/p2tp2a/sop",
            GROUP,
            "menu.violenceSop",
            "pi pi-list",
            "home.action.violenceSop",
            404,
            Set.of(ADMIN_KABUPATEN),
            true),
        new Screen(
            "violence-case",
            "/app/p2tp2a/case",
            Screen.NO_MENU,
            "menu.violenceCases",
            null,
            null,
            402,
            Set.of(MANAJER_KASUS_P2TP2A),
            true));
  }

  /**
   * On a case manager's home screen: the new hand-overs waiting for a manager, and the emergency
   * reads of the manager's cases by a district admin in the last 30 days.
   */
  @Override
  public List<HomeFigure> homeFigures() {
    if (!Screens.mayOpen(CASES, currentUser.get().orElse(null))) {
      return List.of();
    }
    return List.of(
        new HomeFigure(
            "count-hand-overs",
            "home.handOvers",
            cases.handOvers(PageRequest.of(0, 1)).total(),
            CASES.outcome()),
        new HomeFigure(
            "count-emergency-reads",
            "home.emergencyReads",
            cases.recentEmergencyReads(),
            CASES.outcome()));
  }
}
