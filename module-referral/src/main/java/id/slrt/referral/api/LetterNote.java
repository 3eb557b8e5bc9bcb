package id.slrt.referral.api;

/** The back office's recommendation of a letter, with an optional note for the signatory. */
public record LetterNote(String note) {}
