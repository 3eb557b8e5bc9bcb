package id.slrt.core.security;

/**
 * The part of a district whose records a caller's lists show: the whole district, one kecamatan
 * ({@code 32.15.01}) or one desa or kelurahan ({@code 32.15.01.1001}). Queries narrow by {@link
 * #villagePattern()}, a SQL {@code LIKE} pattern over village codes; {@link #NOWHERE} matches no
 * village (a user whose unit cannot be found sees nothing rather than everything).
 */
public record Place(String regionCode) {
  public static final Place DISTRICT = new Place(null);
  public static final Place NOWHERE = new Place("");

  private static final int VILLAGE_CODE_LENGTH = "32.15.01.1001".length();

  public static Place village(String villageCode) {
    return new Place(villageCode);
  }

  public static Place kecamatan(String kecamatanCode) {
    return new Place(kecamatanCode);
  }

  public boolean isDistrict() {
    return regionCode == null;
  }

  /** True for one kecamatan (neither a village nor the district, nor nowhere). */
  public boolean isKecamatan() {
    return regionCode != null && !regionCode.isEmpty() && regionCode.length() < VILLAGE_CODE_LENGTH;
  }

  /** Null for the whole district; otherwise the pattern a village code must match. */
  public String villagePattern() {
    if (regionCode == null) {
      return null;
    }
    if (regionCode.isEmpty() || regionCode.length() >= VILLAGE_CODE_LENGTH) {
      return regionCode;
    }
    return regionCode + ".%";
  }

  /** Whether a record in this village is within the place. */
  public boolean contains(String villageCode) {
    if (regionCode == null) {
      return true;
    }
    if (regionCode.isEmpty() || villageCode == null) {
      return false;
    }
    return regionCode.length() >= VILLAGE_CODE_LENGTH
        ? villageCode.equals(regionCode)
        : villageCode.startsWith(regionCode + ".");
  }

  /**
   * Whether this place takes in all of {@code other}: the district takes in every place, a
   * kecamatan itself and its desa, a desa itself; nowhere takes in nothing, and only the district
   * takes in the district.
   */
  public boolean covers(Place other) {
    if (regionCode == null) {
      return true;
    }
    if (regionCode.isEmpty() || other.regionCode == null || other.regionCode.isEmpty()) {
      return false;
    }
    return other.regionCode.equals(regionCode) || other.regionCode.startsWith(regionCode + ".");
  }
}
