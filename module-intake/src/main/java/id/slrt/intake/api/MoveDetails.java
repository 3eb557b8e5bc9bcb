package id.slrt.intake.api;

import java.time.Instant;

/** One move of a person between family cards, as kept. */
public record MoveDetails(
    long fromHouseholdId,
    String fromKk,
    String fromRelationship,
    long toHouseholdId,
    String toKk,
    String toRelationship,
    String reason,
    Instant movedAt,
    String movedBy) {}
