package id.slrt.web.i18n;

import java.util.Locale;

/** The root of the screens' bundle: Bahasa Indonesia, for any language without its own. */
public class Messages extends ModuleMessages {
  public Messages() {
    super(Locale.forLanguageTag("id"));
  }
}
