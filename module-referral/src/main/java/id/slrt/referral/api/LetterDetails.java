package id.slrt.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral's letter (surat rujukan) as its reader may see it.
 *
 * @param status null while there is no letter yet, else DIREKOMENDASIKAN (waiting for the
 *     signatory's decision), DITOLAK (refused by the signatory) or TERBIT (issued)
 * @param approvalRequired the district asks for a recommendation and the signatory's decision
 *     before a letter is printed
 * @param signatoryMissing no letter can be issued yet because no signatory is named for the
 *     caller's unit or the secretariat (the district admin names them)
 * @param number the letter's number in the district's numbering, once issued
 * @param signatoryName who signs: the Puskesos manager or the head of the division
 * @param verifyKey what the letter's QR code carries to the public verification page, once issued
 * @param actions what the caller may do now: {@code PRINT}, {@code RECOMMEND}, {@code DECIDE}
 */
public record LetterDetails(
    long referralId,
    String status,
    boolean approvalRequired,
    boolean signatoryMissing,
    String number,
    LocalDate issuedOn,
    String signatoryName,
    String signatoryTitle,
    String recommendedBy,
    Instant recommendedAt,
    String recommendation,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    String verifyKey,
    List<String> actions) {}
