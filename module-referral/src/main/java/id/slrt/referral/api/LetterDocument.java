package id.slrt.referral.api;

/** A printed letter: the PDF and the name to save it under. */
public record LetterDocument(String fileName, byte[] pdf) {}
