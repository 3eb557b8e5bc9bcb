package id.slrt.pkh.api;

/**
 * The end of a KPM's membership (pemberhentian): {@code reason} TIDAK_MEMENUHI_KOMITMEN (only after
 * the last warning), PINDAH_DOMISILI, MENINGGAL, MENGUNDURKAN_DIRI, TIDAK_MEMENUHI_SYARAT or
 * LAINNYA (with a note); {@code on} the day (default today, never later).
 */
public record ExitKpm(String reason, String on, String note) {}
