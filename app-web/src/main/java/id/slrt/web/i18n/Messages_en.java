package id.slrt.web.i18n;

import java.util.Locale;

/** The screens' labels in English. */
public class Messages_en extends ModuleMessages {
  public Messages_en() {
    super(Locale.forLanguageTag("en"));
  }
}
