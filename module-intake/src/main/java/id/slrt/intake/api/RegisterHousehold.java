package id.slrt.intake.api;

import java.util.List;

/**
 * The request to register a family (family card) with its members. {@code femaleHeaded}: a woman
 * heads the family in fact, the head on the card or the member marked {@code headsFamily}; {@code
 * femaleHeadReason} says why (a code of {@link IntakeCodes}, implies femaleHeaded); {@code
 * pekkaMember}: the family takes part in Serikat PEKKA. {@code kk} left out: the family has no card
 * of its own yet and is registered under a provisional number ({@code kkStatus BELUM_ADA}). {@code
 * phone}: a phone or WhatsApp number for follow-up.
 */
public record RegisterHousehold(
    String kk,
    AddressInput address,
    Boolean femaleHeaded,
    List<MemberInput> members,
    String femaleHeadReason,
    Boolean pekkaMember,
    String phone) {}
