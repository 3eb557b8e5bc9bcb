package id.slrt.intake.api;

/**
 * A correction of a family's own facts: its address and who heads it. {@code femaleHeaded}: a woman
 * heads it in fact; {@code femaleHeadPersonId}: which member she is when the card names someone
 * else as its head (absent: the head on the card, or the woman named before); {@code
 * femaleHeadReason} why (absent: as before); {@code pekkaMember} in Serikat PEKKA (absent: as
 * before). Clients that know only the address and {@code femaleHeaded} keep working.
 */
public record UpdateHousehold(
    AddressInput address,
    Boolean femaleHeaded,
    Long femaleHeadPersonId,
    String femaleHeadReason,
    Boolean pekkaMember,
    String kk,
    String phone) {}
