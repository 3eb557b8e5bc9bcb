package id.slrt.web.web;

import java.util.List;

/**
 * What a module adds to the screens: a CDI bean implementing this is found by {@link Screens}, so
 * that a module's menu entries, home cards and access rules come in without editing the page
 * template, the home page or another module's code. Its labels live in its own message bundle
 * ({@code msg} collects every {@code id/slrt/web/i18n/<module>/messages} bundle).
 */
public interface ScreenContribution {
  List<Screen> screens();

  /** The menu groups this module opens (message key and icon); none by default. */
  default java.util.Map<String, String> groupIcons() {
    return java.util.Map.of();
  }
}
