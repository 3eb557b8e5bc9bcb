package id.slrt.web.web;

import java.util.List;

/**
 * What a module adds to the screens: a CDI bean implementing this is found by {@link Screens}, so
 * that a module's menu entries, home cards and access rules come in without editing the page
 * template, the home page or another module's code. Its labels live in its own message bundle,
 * named by {@link #messageBundle()}; {@code msg} collects them all with the core's.
 */
public interface ScreenContribution {
  List<Screen> screens();

  /**
   * The base name of this module's message bundle ({@code id.slrt.web.i18n.intake.messages}, with
   * {@code _id} and {@code _en} properties files), or null when it brings no labels.
   */
  default String messageBundle() {
    return null;
  }

  /**
   * The headline numbers this module shows on a district user's home screen, computed for the
   * current request; none by default.
   */
  default List<HomeFigure> homeFigures() {
    return List.of();
  }

  /** The menu groups this module opens (message key and icon); none by default. */
  default java.util.Map<String, String> groupIcons() {
    return java.util.Map.of();
  }
}
