package id.slrt.core.text;

import java.util.Locale;

/**
 * The ministry's language rule for what citizens and their neighbours read (stickers, letters,
 * service names, screens shown to them): never label a family "miskin".
 */
public final class CitizenText {
  private CitizenText() {}

  /** Whether any of the texts labels families "miskin" (in any case, "fakir miskin" too). */
  public static boolean saysMiskin(String... texts) {
    for (String t : texts) {
      if (t != null && t.toLowerCase(Locale.ROOT).contains("miskin")) {
        return true;
      }
    }
    return false;
  }
}
