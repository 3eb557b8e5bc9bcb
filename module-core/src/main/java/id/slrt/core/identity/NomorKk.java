package id.slrt.core.identity;

import java.io.Serializable;

/**
 * Nomor Kartu Keluarga, the 16-digit family card number: the kecamatan code (6 digits, must exist),
 * the issue date DDMMYY (a real date) and a serial 0001-9999.
 *
 * <p>A family without a card of its own yet is given a provisional number ({@link #provisional}):
 * "00" and fourteen digits, which no real No. KK can be since no province has the code 00.
 */
public final class NomorKk implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String PROVISIONAL_PREFIX = "00";
  private static final long MAX_PROVISIONAL = 99_999_999_999_999L;

  private final String value;

  private NomorKk(String value) {
    this.value = value;
  }

  /**
   * Parses and checks a No. KK.
   *
   * @throws InvalidIdentifierException naming the first rule the value breaks
   */
  public static NomorKk parse(String raw, RegionDirectory regions) {
    String digits = Nik.sixteenDigits(raw, "kk");
    RegionCode district = RegionCode.ofCompactDistrict(digits.substring(0, 6));
    if (!regions.exists(district)) {
      throw new InvalidIdentifierException("kk.unknownDistrict", district.value());
    }
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    int year = Integer.parseInt(digits.substring(10, 12));
    if (!Nik.isRealDate(day, month, year)) {
      throw new InvalidIdentifierException("kk.issueDate", digits.substring(6, 12));
    }
    Nik.checkSerial(digits, "kk");
    return new NomorKk(digits);
  }

  /** The provisional number of the {@code n}-th family registered without a family card. */
  public static NomorKk provisional(long n) {
    if (n < 1 || n > MAX_PROVISIONAL) {
      throw new IllegalArgumentException("provisional number out of range: " + n);
    }
    return new NomorKk(PROVISIONAL_PREFIX + String.format("%014d", n));
  }

  /**
   * A number read back from the database, checked when it was stored (region codes may since have
   * changed, so they are not checked again); only its shape is checked here.
   */
  static NomorKk stored(String digits) {
    if (digits == null || !Nik.SIXTEEN_DIGITS.matcher(digits).matches()) {
      throw new IllegalStateException("stored No. KK is not 16 digits");
    }
    return new NomorKk(digits);
  }

  public String value() {
    return value;
  }

  /** The kecamatan that issued the card; a provisional number has none. */
  public RegionCode district() {
    if (isProvisional()) {
      throw new IllegalStateException("a provisional number has no kecamatan");
    }
    return RegionCode.ofCompactDistrict(value.substring(0, 6));
  }

  /** True for the stand-in number of a family that has no family card of its own yet. */
  public boolean isProvisional() {
    return value.startsWith(PROVISIONAL_PREFIX);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NomorKk other && value.equals(other.value);
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
