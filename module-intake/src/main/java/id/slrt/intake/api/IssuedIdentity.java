package id.slrt.intake.api;

import java.util.List;

/**
 * What Disdukcapil issued to a person when it completed a referral: a NIK (new, or the one
 * recorded, now confirmed), a No. KK for the person's family, and the civil documents the person
 * now holds ({@code AKTA_KELAHIRAN}, {@code KTP_EL}, {@code KIA}, ...). Each may be absent.
 */
public record IssuedIdentity(String nik, String kk, List<String> documents) {}
