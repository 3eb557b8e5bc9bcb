package id.slrt.core.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: {@code 32} (province), {@code 32.15} (regency), {@code 32.15.01}
 * (kecamatan) or {@code 32.15.01.2001} (desa, 2xxx, or kelurahan, 1xxx; a few villages in Papua are
 * numbered 3xxx). Only the structure is checked here; whether the region exists is a question for a
 * {@link RegionDirectory}.
 */
public final class RegionCode implements Serializable, Comparable<RegionCode> {
  private static final long serialVersionUID = 1L;
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
  private static final Pattern FORMAT =
      Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  private final String value;

  private RegionCode(String value) {
    this.value = value;
  }

  /** Parses a dotted code; refuses anything that is not one of the four shapes. */
  public static RegionCode parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidIdentifierException("region.required");
    }
    String trimmed = raw.trim();
    if (!FORMAT.matcher(trimmed).matches()) {
      throw new InvalidIdentifierException("region.format", trimmed);
    }
    return new RegionCode(trimmed);
  }

  /** The kecamatan whose six undotted digits are given, as found at the start of a NIK. */
  public static RegionCode ofCompactDistrict(String sixDigits) {
    if (sixDigits == null || !SIX_DIGITS.matcher(sixDigits).matches()) {
      throw new InvalidIdentifierException("region.format", sixDigits);
    }
    return new RegionCode(
        sixDigits.substring(0, 2) + "." + sixDigits.substring(2, 4) + "." + sixDigits.substring(4));
  }

  public RegionLevel level() {
    return RegionLevel.values()[value.split("\\.").length - 1];
  }

  /** The region one level up; a province has none. */
  public java.util.Optional<RegionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(new RegionCode(value.substring(0, dot)));
  }

  /** This region or its ancestor at the given level. */
  public RegionCode at(RegionLevel level) {
    if (level.parts() > level().parts()) {
      throw new IllegalArgumentException(value + " has no " + level);
    }
    String[] parts = value.split("\\.");
    return new RegionCode(String.join(".", java.util.Arrays.copyOf(parts, level.parts())));
  }

  /** True if this code is {@code other} or lies inside it. */
  public boolean isWithin(RegionCode other) {
    return value.equals(other.value) || value.startsWith(other.value + ".");
  }

  /** True for a kelurahan (urban village, 1xxx); false for a desa or a higher level. */
  public boolean isKelurahan() {
    return level() == RegionLevel.VILLAGE && value.charAt(value.length() - 4) == '1';
  }

  /** The code without dots, as it appears inside a NIK or a No. KK. */
  public String compact() {
    return value.replace(".", "");
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public int compareTo(RegionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
