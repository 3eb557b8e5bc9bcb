package id.slrt.referral.api;

/**
 * The safe contact of a case ({@code PUT /violence-cases/{id}/safe-contact}): where the victim is
 * reached instead of at home (a trusted person's address or number, a shelter, the P2TP2A office);
 * blank clears it.
 */
public record ChangeSafeContact(String safeContact) {}
