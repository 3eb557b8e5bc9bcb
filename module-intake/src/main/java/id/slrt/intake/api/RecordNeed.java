package id.slrt.intake.api;

/**
 * A need or complaint to record (API.md {@code POST /needs}). The person is named by {@code nik},
 * or by {@code personId} for a person without documents. {@code pmks} (one of the 26 PMKS codes)
 * and {@code description} are optional; {@code pregnant} puts the need on the fast track. {@code
 * kind} {@code KEBUTUHAN} (left out) or {@code PENGADUAN}, a complaint, which names the {@code
 * program} it is about and the {@code channel} it came through ({@code DATANG}, {@code KLIK},
 * {@code KUNJUNGAN}, {@code TELEPON}, {@code WHATSAPP}).
 */
public record RecordNeed(
    String nik,
    Long personId,
    String category,
    String pmks,
    String description,
    Boolean pregnant,
    String kind,
    String program,
    String channel) {}
