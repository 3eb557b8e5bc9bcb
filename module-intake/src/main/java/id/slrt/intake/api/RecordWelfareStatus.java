package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * A household's welfare status on {@code asOf}: {@code register} {@code DTKS} or {@code DTSEN},
 * {@code registered} or not, {@code desil} 1-10 (DTSEN, registered only), {@code source} (e.g.
 * "SIKS-NG", "musdes 2026-10-12").
 */
public record RecordWelfareStatus(
    String register, Boolean registered, Integer desil, String source, LocalDate asOf) {}
