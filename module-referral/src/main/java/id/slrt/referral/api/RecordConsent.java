package id.slrt.referral.api;

/**
 * A consent recorded in a case: purpose ({@code PERLINDUNGAN_SOSIAL}, {@code RUJUKAN_LAYANAN}),
 * recipient ({@code SLRT} or an agency's code), given and expiry days ({@code YYYY-MM-DD}), who
 * gave it ({@code KORBAN}, {@code WALI} with the guardian's name, or {@code KEPENTINGAN_TERBAIK}:
 * the manager's best-interest decision for a child, with its reason).
 */
public record RecordConsent(
    String purpose,
    String recipient,
    String givenOn,
    String expiresOn,
    String givenBy,
    String giverName,
    String reason) {}
