package id.slrt.core.identity;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Nomor Induk Kependudukan, the 16-digit national identity number: {@code PPKKCC DDMMYY SSSS}.
 *
 * <p>The first six digits are the kecamatan of first registration (it must exist), then the day of
 * birth (plus 40 for women), month and two-digit year, then a serial 0001-9999. There is no check
 * digit: structure is all that can be checked here; only Dukcapil can confirm a person.
 */
public final class Nik implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int WOMEN_DAY_OFFSET = 40;
  static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");

  private final String value;

  private Nik(String value) {
    this.value = value;
  }

  /**
   * Parses and checks a NIK.
   *
   * @throws InvalidIdentifierException naming the first rule the value breaks
   */
  public static Nik parse(String raw, RegionDirectory regions) {
    String digits = sixteenDigits(raw, "nik");
    RegionCode district = RegionCode.ofCompactDistrict(digits.substring(0, 6));
    if (!regions.exists(district)) {
      throw new InvalidIdentifierException("nik.unknownDistrict", district.value());
    }
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    int year = Integer.parseInt(digits.substring(10, 12));
    if (day > WOMEN_DAY_OFFSET) {
      day -= WOMEN_DAY_OFFSET;
    }
    if (!isRealDate(day, month, year)) {
      throw new InvalidIdentifierException("nik.birthDate", digits.substring(6, 12));
    }
    checkSerial(digits, "nik");
    return new Nik(digits);
  }

  /**
   * A NIK read back from the database, checked when it was stored (region codes may since have
   * changed, so they are not checked again); only its shape is checked here.
   */
  static Nik stored(String digits) {
    if (digits == null || !SIXTEEN_DIGITS.matcher(digits).matches()) {
      throw new IllegalStateException("stored NIK is not 16 digits");
    }
    return new Nik(digits);
  }

  static String sixteenDigits(String raw, String kind) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidIdentifierException(kind + ".required");
    }
    String trimmed = raw.trim();
    if (!SIXTEEN_DIGITS.matcher(trimmed).matches()) {
      throw new InvalidIdentifierException(kind + ".format");
    }
    return trimmed;
  }

  static void checkSerial(String digits, String kind) {
    if (digits.endsWith("0000")) {
      throw new InvalidIdentifierException(kind + ".serial");
    }
  }

  /** True if day/month/two-digit-year is a real date in the 1900s or the 2000s. */
  static boolean isRealDate(int day, int month, int yearOfCentury) {
    return date(1900 + yearOfCentury, month, day).isPresent()
        || date(2000 + yearOfCentury, month, day).isPresent();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public String value() {
    return value;
  }

  /** The kecamatan where the NIK was first issued; says nothing of where the person lives now. */
  public RegionCode district() {
    return RegionCode.ofCompactDistrict(value.substring(0, 6));
  }

  public Sex sex() {
    return rawDay() > WOMEN_DAY_OFFSET ? Sex.F : Sex.M;
  }

  public int birthDay() {
    int day = rawDay();
    return day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
  }

  public int birthMonth() {
    return Integer.parseInt(value.substring(8, 10));
  }

  public int birthYearOfCentury() {
    return Integer.parseInt(value.substring(10, 12));
  }

  /**
   * The most likely birth date: in the 2000s if that is a real date not after {@code today},
   * otherwise in the 1900s.
   */
  public LocalDate probableBirthDate(LocalDate today) {
    return date(2000 + birthYearOfCentury(), birthMonth(), birthDay())
        .filter(d -> !d.isAfter(today))
        .or(() -> date(1900 + birthYearOfCentury(), birthMonth(), birthDay()))
        .orElseThrow();
  }

  /**
   * The message keys of what disagrees between this NIK and a person's recorded sex and birth date;
   * empty when both agree.
   */
  public List<String> disagreementsWith(Sex recordedSex, LocalDate recordedBirthDate) {
    List<String> problems = new ArrayList<>(2);
    if (recordedSex != null && recordedSex != sex()) {
      problems.add(sex() == Sex.F ? "nik.sexMismatch.female" : "nik.sexMismatch.male");
    }
    if (recordedBirthDate != null
        && (recordedBirthDate.getDayOfMonth() != birthDay()
            || recordedBirthDate.getMonthValue() != birthMonth()
            || recordedBirthDate.getYear() % 100 != birthYearOfCentury())) {
      problems.add("nik.birthDateMismatch");
    }
    return problems;
  }

  private int rawDay() {
    return Integer.parseInt(value.substring(6, 8));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nik other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
