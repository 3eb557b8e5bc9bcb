package id.slrt.intake.api;

/**
 * Moves a need on: {@code to} is {@code DIPROSES}, {@code SELESAI} or {@code DIBATALKAN}. SELESAI
 * takes an {@code outcome} ({@code DILAYANI}, {@code TIDAK_LAYAK}, {@code DIRUJUK}) and the {@code
 * answer} given to the citizen.
 */
public record NeedTransition(String to, String note, String outcome, String answer) {}
