package id.slrt.pkh.api;

import java.util.List;

/**
 * A family enrolled in PKH (API.md {@code POST /pkh/kpm}, extended).
 *
 * @param participantNumber 15 digits, starting with the district's regency code
 * @param kk the family's No. KK in intake; with a recipient, it must be the recipient's family
 * @param recipientNik the recipient (pengurus); without one (nor {@code recipientPersonId}) the
 *     wife in the KK, else its head
 * @param startYear the year the family joined PKH (default: this year)
 * @param components components of the family not yet tied to a member ({@code ["ANAK_SD"]})
 * @param members components of named members, with their dates
 * @param groupCode the facilitator's group; a new code becomes a group of the facilitator
 * @param facilitator the facilitator of a new group, when a coordinator enrols (a facilitator's new
 *     groups are their own)
 */
public record EnrolKpm(
    String participantNumber,
    String kk,
    String recipientNik,
    Long recipientPersonId,
    Integer startYear,
    List<String> components,
    List<ComponentInput> members,
    String groupCode,
    String facilitator) {

  /**
   * A component of one member.
   *
   * @param from first day it counts (default: the day of enrolment)
   * @param to first day it no longer counts (open when blank)
   */
  public record ComponentInput(
      String nik, Long personId, String component, String from, String to) {}
}
