package id.slrt.referral.api;

/** A user of the district a follow-up can be given to: the username and the name shown. */
public record ConferenceOwner(String username, String displayName) {}
