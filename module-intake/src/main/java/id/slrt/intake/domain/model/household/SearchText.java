package id.slrt.intake.domain.model.household;

import java.util.Comparator;
import java.util.List;

/**
 * What a search for families was typed as, and the one rule of which person it finds: 4 to 16
 * digits are the beginning of a NIK or a No. KK; anything else is a name, and a person matches when
 * every word's spelling-tolerant key ({@link NameKey}) is among the keys of the person's name, in
 * any order ("Djuariah Sity" finds "Siti Juariah"). The repository answers it from indexes (the
 * name keys' table, the NIK and No. KK indexes); {@link #matches} is the same rule for a person in
 * hand, so the member shown as matched is the one the index found.
 */
public record SearchText(String numberPrefix, List<String> keys) {
  public static final int MIN_NUMBER_PREFIX = 4;

  public SearchText {
    keys = keys == null ? List.of() : List.copyOf(keys);
  }

  /** The search for a typed text; null for a blank one (no condition). */
  public static SearchText of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.matches("\\d{" + MIN_NUMBER_PREFIX + ",16}")) {
      return new SearchText(t, List.of());
    }
    return new SearchText(null, NameKey.tokens(t).stream().distinct().toList());
  }

  public boolean isNumber() {
    return numberPrefix != null;
  }

  /** A text with neither enough digits nor a letter finds nobody. */
  public boolean findsNothing() {
    return numberPrefix == null && keys.isEmpty();
  }

  /**
   * The token of the name index ({@link NameKey#searchTokens}) a search walks: the pair of its two
   * longest keys (longer keys are shared by fewer names), or its only key.
   */
  public String firstToken() {
    List<String> longest = byLength();
    return longest.size() == 1 ? longest.get(0) : NameKey.pair(longest.get(0), longest.get(1));
  }

  /** The keys beyond {@link #firstToken}'s, each looked up for the same person. */
  public List<String> otherKeys() {
    List<String> longest = byLength();
    return longest.size() <= 2 ? List.of() : longest.subList(2, longest.size());
  }

  private List<String> byLength() {
    return keys.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  public boolean matches(Person person) {
    if (isNumber()) {
      return person.nik() != null && person.nik().value().startsWith(numberPrefix);
    }
    if (keys.isEmpty() || person.nameKey() == null) {
      return false;
    }
    List<String> own = List.of(person.nameKey().split(" "));
    return own.containsAll(keys);
  }
}
