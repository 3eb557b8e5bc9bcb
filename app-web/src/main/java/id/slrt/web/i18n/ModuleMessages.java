package id.slrt.web.i18n;

import id.slrt.web.web.ScreenContribution;
import id.slrt.web.web.Screens;
import jakarta.enterprise.inject.spi.CDI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The screens' bundle {@code msg}: the core labels ({@code id/slrt/web/i18n/messages}) and every
 * module's own bundle, as its {@link ScreenContribution#messageBundle()} names it, so that a module
 * brings its labels without editing the core bundle. A key defined twice is an error at the first
 * use, not a silent override. JSF asks for {@code id.slrt.web.i18n.Messages}: {@link Messages_id}
 * (Bahasa Indonesia, also the root {@link Messages}) and {@link Messages_en}.
 */
public abstract class ModuleMessages extends ResourceBundle {
  static final String CORE = "id.slrt.web.i18n.messages";

  private final Map<String, String> entries;

  protected ModuleMessages(Locale locale) {
    this(locale, CDI.current().select(Screens.class).get().messageBundles());
  }

  ModuleMessages(Locale locale, List<String> moduleBundles) {
    Map<String, String> all = new HashMap<>();
    List<String> bases = new ArrayList<>();
    bases.add(CORE);
    bases.addAll(moduleBundles);
    for (String base : bases) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              base,
              locale,
              ModuleMessages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : bundle.keySet()) {
        String earlier = all.put(key, bundle.getString(key));
        if (earlier != null) {
          throw new IllegalStateException(
              "the message " + key + " is defined twice (" + base + ")");
        }
      }
    }
    this.entries = Map.copyOf(all);
  }

  @Override
  protected Object handleGetObject(String key) {
    return entries.get(key);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(entries.keySet());
  }
}
