package id.slrt.referral.domain.model.letter;

import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The district's numbering of referral letters, as its office writes letter numbers: a pattern with
 * the letter's number in the year ({@code {no}}, three digits at least), the month in Roman
 * numerals as Indonesian offices write it ({@code {bulan}}) and the year ({@code {tahun}}), e.g.
 * {@code {no}/RUJ-SLRT/{bulan}/{tahun}} gives {@code 007/RUJ-SLRT/XII/2026}. The numbers restart
 * every year.
 */
public record LetterNumbering(String pattern) {
  public static final String DEFAULT = "{no}/RUJ-SLRT/{bulan}/{tahun}";
  public static final int MAX_LENGTH = 60;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]*)}");
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9./\\-{} ]+");
  private static final String[] ROMAN = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  /**
   * The pattern if it is one: {@code {no}} exactly once, no other placeholder than {@code {bulan}}
   * and {@code {tahun}}, letters, digits and {@code . / -} around them; else the broken rule goes
   * to {@code errors} under {@code field} and null comes back.
   */
  public static LetterNumbering of(String pattern, String field, FieldErrors errors) {
    if (pattern == null) {
      errors.add(field, "letter.patternRequired");
      return null;
    }
    if (pattern.length() > MAX_LENGTH) {
      errors.add(field, "text.tooLong", MAX_LENGTH);
      return null;
    }
    if (!ALLOWED.matcher(pattern).matches()) {
      errors.add(field, "letter.patternCharacters");
      return null;
    }
    int numbers = 0;
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      switch (m.group(1)) {
        case "no" -> numbers++;
        case "bulan", "tahun" -> {}
        default -> {
          errors.add(field, "letter.patternPlaceholder", m.group());
          return null;
        }
      }
    }
    String rest = PLACEHOLDER.matcher(pattern).replaceAll("");
    if (rest.contains("{") || rest.contains("}")) {
      errors.add(field, "letter.patternCharacters");
      return null;
    }
    if (numbers != 1) {
      errors.add(field, "letter.patternNumber");
      return null;
    }
    return new LetterNumbering(pattern);
  }

  /** The number of the {@code seq}-th letter of the year, issued on {@code day}. */
  public String format(int seq, LocalDate day) {
    if (seq < 1) {
      throw new IllegalArgumentException("letter numbers start at 1: " + seq);
    }
    return pattern
        .replace("{no}", String.format("%03d", seq))
        .replace("{bulan}", ROMAN[day.getMonthValue() - 1])
        .replace("{tahun}", Integer.toString(day.getYear()));
  }
}
