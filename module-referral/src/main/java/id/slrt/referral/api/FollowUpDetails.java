package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up action (RTL) of a case conference: what is to be done, by whom, by when, and once
 * done when, by whom and the note. Its owner sees the conference's day and topic with it, nothing
 * more of the conference unless they may read it.
 */
public record FollowUpDetails(
    long id,
    long conferenceId,
    LocalDate heldOn,
    String topic,
    String action,
    String owner,
    LocalDate dueDate,
    boolean overdue,
    Instant doneAt,
    String doneBy,
    String doneNote) {}
