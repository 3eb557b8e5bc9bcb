package id.slrt.intake.api;

/**
 * What the list of needs can be narrowed by; null or blank means any. {@code fastTrack} is {@code
 * true} or {@code false}; {@code householdId} gives the needs of the people who are members of that
 * household now; {@code kind} {@code KEBUTUHAN} or {@code PENGADUAN}.
 */
public record NeedFilter(
    String status,
    String category,
    String fastTrack,
    String nik,
    String villageCode,
    String householdId,
    String kind) {

  /** Every need the caller may see. */
  public static NeedFilter any() {
    return new NeedFilter(null, null, null, null, null, null, null);
  }

  /** The needs of a household's present members. */
  public static NeedFilter ofHousehold(long householdId) {
    return new NeedFilter(null, null, null, null, null, Long.toString(householdId), null);
  }
}
