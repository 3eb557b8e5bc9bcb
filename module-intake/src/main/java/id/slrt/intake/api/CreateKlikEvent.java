package id.slrt.intake.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A KLIK to hold (API.md {@code POST /klik-events}); {@code desks} defaults to the four of the
 * training simulation: PENDAFTARAN, PERLINDUNGAN_SOSIAL, IDENTITAS_HUKUM, PENGADUAN_KEKERASAN.
 * {@code organizerType} {@code PUSKESOS}, {@code DESA}, {@code SERIKAT_PEKKA} or {@code LAINNYA};
 * {@code agencies} the codes of the agencies present (the district's provider registry).
 */
public record CreateKlikEvent(
    String villageCode,
    LocalDate heldOn,
    String organizer,
    List<String> desks,
    String organizerType,
    List<String> agencies) {}
