package id.slrt.pkh.api;

/** A coordinator's decision: {@code to} DISETUJUI or DITOLAK (with a {@code note}). */
public record GraduationTransition(String to, String note) {}
