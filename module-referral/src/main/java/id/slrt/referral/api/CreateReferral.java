package id.slrt.referral.api;

/**
 * A referral to make (API.md): the person by {@code nik}, or by {@code personId} for someone
 * without a NIK yet; the service by its catalogue code; optionally the need or complaint it
 * answers; {@code fastTrack} for an urgent case, due in the service's shorter fast-track SLA;
 * {@code referredOn} ({@code YYYY-MM-DD}) for a paper referral recorded later, the day it was made
 * (at most 30 days back), from which it is due; {@code contact} where the person is reached for
 * this referral when not at the family's address (a relative, a shelter, a work place), shown
 * instead of the address and number.
 */
public record CreateReferral(
    String nik,
    Long personId,
    String serviceCode,
    String reason,
    Long needId,
    Boolean fastTrack,
    String referredOn,
    String contact) {}
