package id.slrt.referral.api;

/** A follow-up marked done, with what was done. */
public record FollowUpDone(String note) {}
