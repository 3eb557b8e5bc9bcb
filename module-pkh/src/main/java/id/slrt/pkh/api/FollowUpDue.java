package id.slrt.pkh.api;

import java.time.LocalDate;

/**
 * A graduated KPM's follow-up round to attend to: due (or overdue) and not yet recorded, or
 * recorded as fallen back ({@code outcome} MENURUN) and not yet referred back.
 */
public record FollowUpDue(
    String participantNumber,
    String recipientName,
    String groupCode,
    String graduationType,
    LocalDate graduatedOn,
    int round,
    LocalDate dueOn,
    String outcome) {}
