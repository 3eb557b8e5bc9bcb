package id.slrt.core.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The project's message bundles for domain and validation messages. Bahasa Indonesia is the base
 * bundle; English is the one translation. The JVM's default locale is never consulted. A key the
 * core bundle does not have is looked up in its module's own bundle: {@code pkh.group.required} in
 * {@code id.slrt.pkh.i18n.messages}, so a module brings its messages without editing core's.
 */
public final class Messages {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final String BUNDLE = "id.slrt.core.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    Locale effective = locale == null ? INDONESIAN : locale;
    String pattern = find(BUNDLE, effective, key);
    int dot = key == null ? -1 : key.indexOf('.');
    if (pattern == null && dot > 0 && key.substring(0, dot).matches("[a-z0-9]+")) {
      pattern = find("id.slrt." + key.substring(0, dot) + ".i18n.messages", effective, key);
    }
    if (pattern == null) {
      return key;
    }
    return args == null || args.length == 0
        ? pattern
        : new MessageFormat(pattern, effective).format(args);
  }

  /** The key's pattern in a bundle, found by core's class loader or else the caller's thread's. */
  private static String find(String bundle, Locale locale, String key) {
    for (ClassLoader loader :
        new ClassLoader[] {
          Messages.class.getClassLoader(), Thread.currentThread().getContextClassLoader()
        }) {
      if (loader == null) {
        continue;
      }
      try {
        return ResourceBundle.getBundle(bundle, locale, loader, NO_FALLBACK).getString(key);
      } catch (MissingResourceException e) {
        // not in this loader's bundle: the next one
      }
    }
    return null;
  }
}
