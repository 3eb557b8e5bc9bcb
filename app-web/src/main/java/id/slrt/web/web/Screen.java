package id.slrt.web.web;

import id.slrt.core.security.Role;
import java.util.Set;

/**
 * A screen a module adds to the application: where it is, who may open it, and how the menu and the
 * home screen offer it. Declared once, in the module's {@link ScreenContribution}; the menu, the
 * home cards and the access check of every request ({@link ScreenAccessFilter}) read the same
 * declaration, so what the menu offers and what the server lets through cannot drift apart.
 *
 * @param id the menu item's id ({@code menu-households}); the home card's is {@code go-...}
 * @param outcome the page without {@code .xhtml}, e.g. {@code /app/intake/households}
 * @param group the message key of the menu group it stands in, or null for the top level; {@code
 *     "-"} keeps it out of the menu (a page reached from another one)
 * @param labelKey message key of its name
 * @param icon PrimeIcons class
 * @param homeHintKey message key of its home card's hint, or null for no home card
 * @param order position in the menu and on the home screen
 * @param roles who may open it; empty for every signed-in user
 * @param district true when it shows a district's data (a national user is refused)
 */
public record Screen(
    String id,
    String outcome,
    String group,
    String labelKey,
    String icon,
    String homeHintKey,
    int order,
    Set<Role> roles,
    boolean district) {

  public static final String NO_MENU = "-";

  public String path() {
    return outcome + ".xhtml";
  }

  public boolean inMenu() {
    return !NO_MENU.equals(group);
  }

  public String homeId() {
    return id.replaceFirst("^menu-", "go-");
  }
}
