package id.slrt.pkh.api;

/** A sheet photo's bytes and type, to be shown or downloaded. */
public record SheetPhotoImage(byte[] data, String contentType, String fileName) {}
