package id.slrt.intake.domain.model.household;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A spelling-tolerant key for Indonesian names, so that a search for "Siti Juariah" also finds
 * "Sity Djuariah", and "Muhammad" finds "Mochammad". Per word: the old (pre-1972) spelling is
 * modernised (oe, dj, tj, nj, sj, ch), sounds written several ways are folded (kh/h, sy/s, f/v/p,
 * z/j, q/k, y/j, a final y/i), a final h after a vowel is dropped, and what remains is the first
 * letter with the consonants that follow it, doubled letters once. Coarse by design: it finds
 * candidates; people decide.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
  private static final Pattern SPACES = Pattern.compile(" +");

  private NameKey() {}

  /** The keys of every word of a name, separated by single spaces. */
  public static String of(String name) {
    return String.join(" ", tokens(name));
  }

  /** The key of each word of a name or query, in order; empty for a name without letters. */
  public static List<String> tokens(String name) {
    if (name == null) {
      return List.of();
    }
    String plain =
        MARKS
            .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(NON_LETTERS.split(plain))
        .filter(w -> !w.isEmpty())
        .map(NameKey::word)
        .filter(k -> !k.isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * What the name search's index holds for a name key ({@link #of}): each distinct word key, and
   * each unordered pair of them ("jr+st" for "Siti Juariah"), so that a search of two or more words
   * reads only the persons whose names have both of its rarest words, however common each word is
   * alone.
   */
  public static Set<String> searchTokens(String nameKey) {
    Set<String> tokens = new LinkedHashSet<>();
    if (nameKey == null || nameKey.isBlank()) {
      return tokens;
    }
    List<String> keys = Arrays.stream(SPACES.split(nameKey.strip())).distinct().sorted().toList();
    tokens.addAll(keys);
    for (int i = 0; i < keys.size(); i++) {
      for (int j = i + 1; j < keys.size(); j++) {
        tokens.add(pair(keys.get(i), keys.get(j)));
      }
    }
    return tokens;
  }

  /** The index token of two word keys together, the same in either order. */
  public static String pair(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
  }

  static String word(String w) {
    String s =
        w.replace("oe", "u")
            .replace("tj", "c")
            .replace("dj", "j")
            .replace("sj", "sy")
            .replace("nj", "ny")
            .replace("ch", "kh")
            .replace("kh", "h")
            .replace("sy", "s")
            .replace("ph", "f")
            .replace("th", "t")
            .replace("dh", "d");
    if (s.endsWith("y")) {
      s = s.substring(0, s.length() - 1) + "i";
    }
    s = s.replace('y', 'j').replace('f', 'p').replace('v', 'p').replace('z', 'j').replace('q', 'k');
    if (s.length() > 1 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && isVowel(c)) {
        continue;
      }
      if (key.length() > 0 && key.charAt(key.length() - 1) == c) {
        continue;
      }
      key.append(c);
    }
    return key.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
