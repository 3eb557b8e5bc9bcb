package id.slrt.referral.api;

import id.slrt.intake.api.ProgramDetails;
import id.slrt.intake.api.WelfareSnapshot;
import java.util.List;

/**
 * The victim's family as social protection sees it, read under a consent for social protection
 * ({@code GET /violence-cases/{id}/social-protection}): its latest status in each welfare register
 * (DTKS, DTSEN with its desil) and the programs its members receive or received.
 *
 * @param householdId the family card the victim is a member of
 * @param welfare the latest status per register, voided ones left out
 * @param programs the family's programs, current and past
 */
public record SocialProtectionView(
    long householdId, List<WelfareSnapshot> welfare, List<ProgramDetails> programs) {}
