package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * A verivali proposal: {@code type} {@code TAMBAH} (add to DTKS/DTSEN), {@code HAPUS} (remove) or
 * {@code PERBAIKAN} (correct), for a registered household, with the reason and the evidence: the
 * date of the village deliberation (musdes) and notes (e.g. of the home visit).
 */
public record ProposeVerivali(
    Long householdId, String type, String reason, LocalDate musdesDate, String notes) {}
