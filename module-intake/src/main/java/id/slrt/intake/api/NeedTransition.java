package id.slrt.intake.api;

/** Moves a need on: {@code to} is {@code DIPROSES}, {@code SELESAI} or {@code DIBATALKAN}. */
public record NeedTransition(String to, String note) {}
