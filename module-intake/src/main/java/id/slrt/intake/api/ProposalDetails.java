package id.slrt.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/** A verivali proposal with the household it is about, as the review list and export show it. */
public record ProposalDetails(
    long id,
    long householdId,
    String kk,
    String headName,
    String headNik,
    AddressDetails address,
    String type,
    String reason,
    LocalDate musdesDate,
    String notes,
    String status,
    String reviewNote,
    Instant proposedAt,
    String proposedBy,
    Instant reviewedAt,
    String reviewedBy) {}
