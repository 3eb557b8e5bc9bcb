package id.slrt.intake.api;

/** Marks a welfare status recorded by mistake: {@code reason} says why (required). */
public record VoidWelfareStatus(String reason) {}
