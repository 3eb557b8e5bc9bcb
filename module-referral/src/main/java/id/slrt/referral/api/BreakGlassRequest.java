package id.slrt.referral.api;

/** A district admin's written reason to read a sealed case in an emergency. */
public record BreakGlassRequest(String reason) {}
