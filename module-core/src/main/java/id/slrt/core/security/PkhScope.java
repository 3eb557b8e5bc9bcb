package id.slrt.core.security;

/**
 * Which PKH families (KPM) a caller sees ({@link AccessPolicy#pkhScope()}): a facilitator those of
 * their own groups, a coordinator those living in their place (a kecamatan, or the district), the
 * district office all of them, anyone else none.
 *
 * @param facilitator the facilitator whose groups are seen; null when the scope is a place
 * @param place the families' place when the scope is one; {@link Place#NOWHERE} for none
 */
public record PkhScope(String facilitator, Place place) {
  public static final PkhScope NONE = new PkhScope(null, Place.NOWHERE);

  /** A facilitator's own groups. */
  public static PkhScope groupsOf(String username) {
    return new PkhScope(username, null);
  }

  /** The families living in a place. */
  public static PkhScope livingIn(Place place) {
    return new PkhScope(null, place);
  }

  public boolean isFacilitator() {
    return facilitator != null;
  }

  public boolean isNone() {
    return facilitator == null && Place.NOWHERE.equals(place);
  }

  /**
   * Whether a family of {@code groupFacilitator}'s group, living in {@code villageCode}, is seen.
   */
  public boolean sees(String groupFacilitator, String villageCode) {
    if (facilitator != null) {
      return facilitator.equals(groupFacilitator);
    }
    return !isNone() && place.contains(villageCode);
  }
}
