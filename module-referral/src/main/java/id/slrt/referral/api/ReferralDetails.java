package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral as its reader may see it. An agency (MITRA_DINAS) sees only what its service needs:
 * the person's name, NIK (null while not yet matched), address and contact; {@code needId}, the
 * chain ({@code previousId}, {@code nextId}) and anything of the family's welfare stay null for it.
 *
 * @param overdue open and past its due date, worked out when read
 */
public record ReferralDetails(
    long id,
    String status,
    boolean overdue,
    LocalDate dueDate,
    String serviceCode,
    String serviceName,
    String provider,
    long personId,
    long householdId,
    String nik,
    String personName,
    String dukcapilStatus,
    String address,
    String phone,
    Long needId,
    String reason,
    String outcome,
    Long previousId,
    Long nextId,
    Instant referredAt,
    String referredBy,
    List<HistoryEntry> history,
    long version) {

  /** One move: from which status to which, the note, when and by whom. */
  public record HistoryEntry(String from, String to, String note, Instant at, String by) {}
}
