package id.slrt.referral.api;

import java.util.List;

/**
 * The district's letterhead (the authority, the office, its address), the place letters are signed
 * in, the numbering ({@code {no}}, {@code {bulan}}, {@code {tahun}}), whether a letter needs a
 * recommendation and the signatory's decision, and who signs for which unit.
 */
public record LetterSettingsDetails(
    String authority,
    String office,
    String address,
    String place,
    String numberPattern,
    boolean approvalRequired,
    long version,
    List<SignatoryDetails> signatories) {}
