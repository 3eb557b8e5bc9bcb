package id.slrt.referral.domain.model.service;

import id.slrt.core.error.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a service of Disdukcapil issues when it is served: a NIK for the person, a No. KK for the
 * family, and civil documents the person then holds. Kept in the catalogue as {@code NIK|KTP_EL};
 * the agency's desk types the numbers when it completes the referral, and the person's record takes
 * them (matched with Dukcapil).
 */
public record Issues(boolean nik, boolean kk, List<String> documents) {
  /** The documents a service can issue (intake's codes). */
  public static final Set<String> DOCUMENTS = Set.of("AKTA_KELAHIRAN", "KTP_EL", "KIA");

  public static final Issues NOTHING = new Issues(false, false, List.of());

  public Issues {
    documents = List.copyOf(documents);
  }

  /**
   * Reads the catalogue's form ({@code NIK|KK|AKTA_KELAHIRAN}); blank is nothing.
   *
   * @throws IllegalArgumentException for a word it does not know
   */
  public static Issues parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return NOTHING;
    }
    boolean nik = false;
    boolean kk = false;
    List<String> documents = new ArrayList<>();
    for (String part : raw.split("\\|")) {
      String word = part.strip().toUpperCase(Locale.ROOT);
      if (word.equals("NIK")) {
        nik = true;
      } else if (word.equals("KK")) {
        kk = true;
      } else if (DOCUMENTS.contains(word)) {
        documents.add(word);
      } else if (!word.isEmpty()) {
        throw new IllegalArgumentException("A service cannot issue " + word);
      }
    }
    return new Issues(nik, kk, documents);
  }

  public boolean any() {
    return nik || kk || !documents.isEmpty();
  }

  /** The catalogue's form of it, or null for nothing. */
  public String format() {
    List<String> words = new ArrayList<>();
    if (nik) {
      words.add("NIK");
    }
    if (kk) {
      words.add("KK");
    }
    words.addAll(documents);
    return words.isEmpty() ? null : String.join("|", words);
  }

  /**
   * Checks the numbers an agency sends with a move: only when it completes the referral as served,
   * and only those this service issues.
   */
  public void check(boolean served, String issuedNik, String issuedKk, FieldErrors errors) {
    if (issuedNik != null && (!served || !nik)) {
      errors.add("issuedNik", served ? "referral.notIssuedHere" : "referral.issuedWhenServed");
    }
    if (issuedKk != null && (!served || !kk)) {
      errors.add("issuedKk", served ? "referral.notIssuedHere" : "referral.issuedWhenServed");
    }
  }
}
