package id.slrt.core.identity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reference that names a record without counting anything: twelve random characters of
 * Crockford's base-32 alphabet (no I, L, O or U, so it reads aloud and copies by hand), written
 * {@code XXXX-XXXX-XXXX}: 60 random bits. Used where a sequence number would tell how many records
 * others made (a violence case's receipt).
 */
public final class PublicReference {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern FORM =
      Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The written length. */
  public static final int LENGTH = 14;

  private PublicReference() {}

  public static String random() {
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  /**
   * The reference as stored, from what someone typed (lower case, spaces around), or null when it
   * cannot be one.
   */
  public static String normalise(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim().toUpperCase(Locale.ROOT);
    return FORM.matcher(s).matches() ? s : null;
  }
}
