package id.slrt.pkh.api;

/**
 * A warning for a KPM: {@code level} PERTAMA, KEDUA or TERAKHIR (in that order), the payment {@code
 * period} it missed (e.g. 2026-P3), a note.
 */
public record IssueWarning(String level, String period, String note) {}
