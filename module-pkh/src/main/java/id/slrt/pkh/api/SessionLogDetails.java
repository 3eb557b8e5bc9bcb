package id.slrt.pkh.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A logged P2K2 session.
 *
 * @param state TERCATAT (counts), KONFLIK (a second, different log of the session, waiting for the
 *     facilitator's decision) or DISISIHKAN (set aside by that decision)
 * @param conflictOf the log a KONFLIK log differs from
 * @param sheetPhoto whether the photo of the signed attendance sheet has arrived
 */
public record SessionLogDetails(
    long id,
    String clientId,
    String groupCode,
    String moduleCode,
    int sessionNo,
    LocalDate heldOn,
    String place,
    String notes,
    String state,
    Long conflictOf,
    String loggedBy,
    Instant loggedAt,
    boolean sheetPhoto,
    List<AttendanceDetails> attendance) {

  /** A KPM's attendance. */
  public record AttendanceDetails(String participantNumber, String recipientName, String status) {}
}
