package id.slrt.referral.api;

/**
 * A move of a referral (API.md): {@code to} a status, with a note. Completing it (SELESAI) takes an
 * {@code outcome} ({@code DILAYANI}, {@code TIDAK_LAYAK}, {@code DIRUJUK_LANJUT}); referring on
 * takes the {@code referOnServiceCode} the next referral goes to.
 */
public record ReferralTransition(
    String to, String note, String outcome, String referOnServiceCode) {}
