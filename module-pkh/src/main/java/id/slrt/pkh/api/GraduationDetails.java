package id.slrt.pkh.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A graduation proposal and its decision; {@code verivaliProposalId} the intake verivali proposal
 * made for the family after an approved voluntary graduation.
 */
public record GraduationDetails(
    long id,
    String participantNumber,
    String recipientName,
    String groupCode,
    String type,
    String status,
    boolean statementLetter,
    LocalDate statementDate,
    String business,
    String training,
    String notes,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    Long verivaliProposalId,
    long version) {}
