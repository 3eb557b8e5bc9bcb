package id.slrt.web.i18n;

import java.util.Locale;

/** The screens' labels in Bahasa Indonesia, the default. */
public class Messages_id extends ModuleMessages {
  public Messages_id() {
    super(Locale.forLanguageTag("id"));
  }
}
