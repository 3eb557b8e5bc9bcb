package id.slrt.referral.api;

/** Names a unit's signatory: the user, the name and title as printed, the NIP if any. */
public record NameSignatory(String username, String name, String title, String nip) {}
