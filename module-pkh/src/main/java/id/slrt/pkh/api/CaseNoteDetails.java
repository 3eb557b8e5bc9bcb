package id.slrt.pkh.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A facilitator's case about a KPM. */
public record CaseNoteDetails(
    long id,
    String participantNumber,
    String recipientName,
    String groupCode,
    Long personId,
    String personName,
    String subject,
    LocalDate foundOn,
    String description,
    List<OpenCaseNote.PersonInvolved> people,
    List<ActionDetails> actions,
    String outcome,
    LocalDate closedOn,
    Long referralId,
    String createdBy,
    Instant createdAt,
    long version) {

  /** An action on the case. */
  public record ActionDetails(LocalDate on, String type, String note, String recordedBy) {}
}
