package id.slrt.core.identity;

import java.io.Serializable;

/**
 * Nomor Kartu Keluarga, the 16-digit family card number: the kecamatan code (6 digits, must exist),
 * the issue date DDMMYY (a real date) and a serial 0001-9999.
 */
public final class NomorKk implements Serializable {
  private static final long serialVersionUID = 1L;

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

  public String value() {
    return value;
  }

  public RegionCode district() {
    return RegionCode.ofCompactDistrict(value.substring(0, 6));
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
