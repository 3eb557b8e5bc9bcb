package id.slrt.web.web;

import id.slrt.core.security.AuthenticatedUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the modules contribute to the screens, collected once: their screens and who may open
 * which, their message bundles, and (per request) their home figures.
 */
@ApplicationScoped
public class Screens {
  @Inject @Any Instance<ScreenContribution> contributions;

  private List<Screen> all = List.of();
  private List<String> messageBundles = List.of();
  private final Map<String, String> groupIcons = new java.util.HashMap<>();

  @PostConstruct
  void collect() {
    List<Screen> screens = new ArrayList<>();
    List<String> bundles = new ArrayList<>();
    contributions.forEach(
        c -> {
          screens.addAll(c.screens());
          groupIcons.putAll(c.groupIcons());
          if (c.messageBundle() != null) {
            bundles.add(c.messageBundle());
          }
        });
    screens.sort(Comparator.comparingInt(Screen::order));
    all = List.copyOf(screens);
    bundles.sort(Comparator.naturalOrder());
    messageBundles = List.copyOf(bundles);
  }

  /** The base names of the modules' message bundles, in a stable order. */
  public List<String> messageBundles() {
    return messageBundles;
  }

  /** The home figures of every module, computed now (for the current request). */
  public List<HomeFigure> homeFigures() {
    List<HomeFigure> figures = new ArrayList<>();
    contributions.forEach(c -> figures.addAll(c.homeFigures()));
    return List.copyOf(figures);
  }

  public List<Screen> all() {
    return all;
  }

  /** The screen served at a path such as {@code /app/intake/households.xhtml}. */
  public Optional<Screen> at(String path) {
    return all.stream().filter(s -> s.path().equals(path)).findFirst();
  }

  /**
   * Whether a user may open a screen: a district screen needs a user of a district, and the
   * screen's roles (if it names any) need one of the user's.
   */
  public static boolean mayOpen(Screen screen, AuthenticatedUser user) {
    if (user == null) {
      return false;
    }
    if (screen.district() && user.tenantSlug() == null) {
      return false;
    }
    return screen.roles().isEmpty() || screen.roles().stream().anyMatch(user::hasRole);
  }

  /** One entry of the menu bar: a group with its items, or a single item (group null). */
  public record MenuEntry(String group, String icon, List<Screen> items) {}

  public List<MenuEntry> menu(AuthenticatedUser user) {
    Map<String, List<Screen>> groups = new LinkedHashMap<>();
    List<MenuEntry> entries = new ArrayList<>();
    for (Screen s : all) {
      if (!s.inMenu() || !mayOpen(s, user)) {
        continue;
      }
      if (s.group() == null) {
        entries.add(new MenuEntry(null, null, List.of(s)));
      } else {
        List<Screen> items = groups.get(s.group());
        if (items == null) {
          items = new ArrayList<>();
          groups.put(s.group(), items);
          entries.add(
              new MenuEntry(s.group(), groupIcons.getOrDefault(s.group(), "pi pi-folder"), items));
        }
        items.add(s);
      }
    }
    return entries;
  }

  public List<Screen> homeCards(AuthenticatedUser user) {
    return all.stream().filter(s -> s.homeHintKey() != null && mayOpen(s, user)).toList();
  }
}
