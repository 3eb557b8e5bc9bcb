package id.slrt.intake.api;

import java.time.LocalDate;

/** A member died ({@code MENINGGAL}) or moved away ({@code PINDAH}) on {@code date}. */
public record MemberLeaving(String status, LocalDate date) {}
