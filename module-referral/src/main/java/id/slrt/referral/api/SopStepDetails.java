package id.slrt.referral.api;

/** A step of the district's SOP for violence cases, with its phase. */
public record SopStepDetails(String code, String name, String phase) {}
