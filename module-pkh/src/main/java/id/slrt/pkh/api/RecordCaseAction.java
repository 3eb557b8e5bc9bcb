package id.slrt.pkh.api;

/**
 * What was done on a case: {@code on} (YYYY-MM-DD), {@code type} KUNJUNGAN_RUMAH,
 * KUNJUNGAN_SEKOLAH, PENDAMPINGAN, KOMUNIKASI or LAINNYA, and a {@code note} of what happened.
 */
public record RecordCaseAction(String on, String type, String note) {}
