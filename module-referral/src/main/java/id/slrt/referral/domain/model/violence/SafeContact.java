package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;

/**
 * When the perpetrator lives in the victim's family card, nothing may go to the household: no
 * letter to its address, no call to its number, no visit. Anything that would reach the victim then
 * needs a safe contact (a trusted person's address or number, a shelter, the P2TP2A office).
 */
public final class SafeContact {
  private SafeContact() {}

  /** Whether the family's own address and number may be used to reach the victim. */
  public static boolean householdUsable(boolean perpetratorInSameKk) {
    return !perpetratorInSameKk;
  }

  /**
   * Before a letter, a call, a visit or a referral that reaches the victim: with the perpetrator in
   * the family card and no safe contact recorded, the refusal asks for one.
   */
  public static void check(boolean perpetratorInSameKk, String safeContact, FieldErrors errors) {
    if (!householdUsable(perpetratorInSameKk) && (safeContact == null || safeContact.isBlank())) {
      errors.add("safeContact", "violence.safeContactRequired");
    }
  }
}
