package id.slrt.intake.api;

import java.time.LocalDate;

/**
 * A program a family or one of its members already receives or received: {@code program} one of
 * {@link IntakeCodes#programs()}; {@code personId} the member for KIS_PBI and KIP (left out for a
 * family's program); {@code since} and {@code until} (left out while still received); {@code
 * active} false for a card held but not active (KIS/PBI), true when left out.
 */
public record RecordProgram(
    String program, Long personId, LocalDate since, LocalDate until, Boolean active, String note) {}
