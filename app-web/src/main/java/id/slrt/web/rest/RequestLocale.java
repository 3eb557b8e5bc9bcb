package id.slrt.web.rest;

import id.slrt.core.error.Messages;
import java.util.Locale;

/** The language of messages for an API caller: English if asked for first, else Indonesian. */
public final class RequestLocale {
  private RequestLocale() {}

  public static Locale of(String acceptLanguage) {
    if (acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
      return Locale.ENGLISH;
    }
    return Messages.INDONESIAN;
  }
}
