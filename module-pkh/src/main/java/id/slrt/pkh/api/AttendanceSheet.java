package id.slrt.pkh.api;

/** A printable attendance sheet: its file name and the PDF. */
public record AttendanceSheet(String fileName, byte[] pdf) {}
