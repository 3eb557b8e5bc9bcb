package id.slrt.referral.api;

/**
 * A move of a referral (API.md): {@code to} a status, with a note. Completing it (SELESAI) takes an
 * {@code outcome} ({@code DILAYANI}, {@code TIDAK_LAYAK}, {@code DIRUJUK_LANJUT}); referring on
 * takes the {@code referOnServiceCode} the next referral goes to. Disdukcapil completing a referral
 * as served ({@code DILAYANI}) for a service that issues them sends the {@code issuedNik} and the
 * {@code issuedKk} it gave; the person's record takes them.
 */
public record ReferralTransition(
    String to,
    String note,
    String outcome,
    String referOnServiceCode,
    String issuedNik,
    String issuedKk) {}
