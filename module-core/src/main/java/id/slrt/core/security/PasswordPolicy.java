package id.slrt.core.security;

import id.slrt.core.error.FieldErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, in one place for the API, the screens and the launcher: at least 10
 * characters, at most 200; not one of the common passwords shipped with the project (also when only
 * digits and symbols are put before or after it, as in {@code Bismillah2024!}); not digits alone (a
 * phone number, a NIK, a date); not containing the username. And the one-time passwords an
 * administrator hands out.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  /** No 0/O, 1/l/I: a one-time password is read aloud or copied from paper. */
  private static final char[] ONE_TIME_ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /**
   * Records against {@code field} why a password is refused, if it is.
   *
   * @return true when the password is acceptable
   */
  public static boolean check(String field, String password, String username, FieldErrors errors) {
    if (password == null || password.isEmpty()) {
      errors.add(field, "password.required");
      return false;
    }
    if (password.length() < MIN_LENGTH) {
      errors.add(field, "password.tooShort", MIN_LENGTH);
      return false;
    }
    if (password.length() > MAX_LENGTH) {
      errors.add(field, "password.tooLong", MAX_LENGTH);
      return false;
    }
    if (isCommon(password)) {
      errors.add(field, "password.common");
      return false;
    }
    if (username != null
        && username.length() >= 3
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      errors.add(field, "password.containsUsername");
      return false;
    }
    return true;
  }

  /** True for a common password, a common stem with digits or symbols around it, or digits only. */
  public static boolean isCommon(String password) {
    String p = password.toLowerCase(Locale.ROOT).strip();
    if (COMMON.contains(p)) {
      return true;
    }
    String stem = p.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    if (stem.isEmpty() || COMMON.contains(stem)) {
      return true;
    }
    // one character repeated, or a stem made of one common word twice (sayangsayang)
    if (stem.chars().distinct().count() <= 2) {
      return true;
    }
    int half = stem.length() / 2;
    return stem.length() % 2 == 0
        && stem.substring(0, half).equals(stem.substring(half))
        && COMMON.contains(stem.substring(0, half));
  }

  /** A random one-time password of 12 characters that are easy to read. */
  public static String oneTime() {
    char[] out = new char[12];
    for (int i = 0; i < out.length; i++) {
      out[i] = ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)];
    }
    return new String(out);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
          words.add(word.replace(" ", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
