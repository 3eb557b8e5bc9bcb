package id.slrt.pkh.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A KPM's family's other programs and its gaps.
 *
 * @param programs what the family and its members receive today, as intake records it
 * @param gaps what they lack, each with the service that answers it and the last referral made for
 *     it from PKH (null when none)
 */
public record ComplementarityDetails(
    String participantNumber,
    String recipientName,
    List<Received> programs,
    List<GapDetails> gaps) {

  /** A program received today. */
  public record Received(String program, Long personId, String personName, LocalDate since) {}

  /**
   * A program lacking.
   *
   * @param referralOpen whether that referral is still open (then no second one is made)
   */
  public record GapDetails(
      String program,
      String serviceCode,
      long personId,
      String personName,
      Long referralId,
      String referralStatus,
      boolean referralOpen) {}
}
