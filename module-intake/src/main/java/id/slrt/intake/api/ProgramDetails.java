package id.slrt.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/** A program a family or a member receives or received, as recorded. */
public record ProgramDetails(
    long id,
    String program,
    Long personId,
    String personName,
    LocalDate since,
    LocalDate until,
    boolean active,
    String note,
    Instant recordedAt,
    String recordedBy) {}
