package id.slrt.pkh.api;

/** The outcome that closes a case. */
public record CloseCaseNote(String outcome) {}
