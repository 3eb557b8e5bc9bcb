package id.slrt.referral.api;

import java.time.LocalDate;

/**
 * What the verification page says of a genuine letter, and nothing more: its number, the day it was
 * issued and where the referral stands now.
 */
public record LetterVerification(String number, LocalDate issuedOn, String referralStatus) {}
