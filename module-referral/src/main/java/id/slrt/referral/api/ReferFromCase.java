package id.slrt.referral.api;

/**
 * A referral of a case's victim out of P2TP2A, made with a step of the SOP ({@code POST
 * /violence-cases/{id}/referrals}): the service by its catalogue code, the SOP step it is taken as
 * (the step's agency is the service's provider), the day (today when blank), notes that stay in the
 * case, and {@code fastTrack} for the service's shorter SLA. The referral itself is made in the
 * district's name and carries nothing of the case but the person and, where one is recorded, the
 * safe contact.
 */
public record ReferFromCase(
    String serviceCode, String step, String doneOn, String notes, Boolean fastTrack) {}
