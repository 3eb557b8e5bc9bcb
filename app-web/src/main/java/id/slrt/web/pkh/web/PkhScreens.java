package id.slrt.web.pkh.web;

import static id.slrt.core.security.Role.ADMIN_KABUPATEN;
import static id.slrt.core.security.Role.KOORDINATOR_PKH;
import static id.slrt.core.security.Role.PENDAMPING_PKH;

import id.slrt.web.web.Screen;
import id.slrt.web.web.ScreenContribution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PKH's screens. The facilitator's P2K2 log is a page of its own ({@code /pkh/p2k2.html}), not a
 * JSF screen, because it has to work without a connection; this screen leads to it and says how to
 * keep it on the phone.
 */
@ApplicationScoped
public class PkhScreens implements ScreenContribution {
  private static final String GROUP = "menu.pkh";

  @Override
  public String messageBundle() {
    return "id.slrt.web.i18n.pkh.messages";
  }

  @Override
  public Map<String, String> groupIcons() {
    return Map.of(GROUP, "pi pi-users");
  }

  @Override
  public List<Screen> screens() {
    return List.of(
        new Screen(
            "menu-pkh-phone",
            "/app/pkh/phone",
            GROUP,
            "menu.pkhPhone",
            "pi pi-mobile",
            "home.action.pkhPhone",
            500,
            Set.of(PENDAMPING_PKH),
            true),
        new Screen(
            "menu-pkh-graduations",
            "/app/pkh/graduations",
            GROUP,
            "menu.pkhGraduations",
            "pi pi-flag",
            "home.action.pkhGraduations",
            510,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-conditionality",
            "/app/pkh/conditionality",
            GROUP,
            "menu.pkhConditionality",
            "pi pi-check-square",
            "home.action.pkhConditionality",
            520,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-catalogue",
            "/app/pkh/catalogue",
            GROUP,
            "menu.pkhCatalogue",
            "pi pi-book",
            "home.action.pkhCatalogue",
            530,
            Set.of(ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-coaching",
            "/app/pkh/coaching",
            GROUP,
            "menu.pkhCoaching",
            "pi pi-comments",
            "home.action.pkhCoaching",
            525,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-cases",
            "/app/pkh/cases",
            GROUP,
            "menu.pkhCases",
            "pi pi-folder-open",
            "home.action.pkhCases",
            515,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-kpm",
            "/app/pkh/kpm",
            GROUP,
            "menu.pkhKpm",
            "pi pi-id-card",
            "home.action.pkhKpm",
            505,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-sessions",
            "/app/pkh/sessions",
            GROUP,
            "menu.pkhSessions",
            "pi pi-calendar",
            "home.action.pkhSessions",
            502,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-ranking",
            "/app/pkh/ranking",
            GROUP,
            "menu.pkhRanking",
            "pi pi-sort-amount-down",
            "home.action.pkhRanking",
            511,
            Set.of(PENDAMPING_PKH, KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true),
        new Screen(
            "menu-pkh-kpm-import",
            "/app/pkh/kpm-import",
            GROUP,
            "menu.pkhKpmImport",
            "pi pi-upload",
            null,
            506,
            Set.of(KOORDINATOR_PKH, ADMIN_KABUPATEN),
            true));
  }
}
