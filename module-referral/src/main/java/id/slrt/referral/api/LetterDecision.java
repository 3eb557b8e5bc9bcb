package id.slrt.referral.api;

/**
 * The signatory's decision on a recommended letter: {@code approve} true issues it, false refuses
 * it and then {@code note} says why.
 */
public record LetterDecision(Boolean approve, String note) {}
