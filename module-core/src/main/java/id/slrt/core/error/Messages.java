package id.slrt.core.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The project's message bundle for domain and validation messages. Bahasa Indonesia is the base
 * bundle; English is the one translation. The JVM's default locale is never consulted.
 */
public final class Messages {
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final String BUNDLE = "id.slrt.core.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    Locale effective = locale == null ? INDONESIAN : locale;
    String pattern;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(BUNDLE, effective, Messages.class.getClassLoader(), NO_FALLBACK);
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args == null || args.length == 0
        ? pattern
        : new MessageFormat(pattern, effective).format(args);
  }
}
