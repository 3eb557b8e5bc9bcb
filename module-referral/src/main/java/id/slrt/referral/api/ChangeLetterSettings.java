package id.slrt.referral.api;

/** New letter settings from the district admin; every field as in {@link LetterSettingsDetails}. */
public record ChangeLetterSettings(
    String authority,
    String office,
    String address,
    String place,
    String numberPattern,
    Boolean approvalRequired) {}
