package id.slrt.pkh.api;

/**
 * A case turned into an SLRT referral: the catalogue's {@code serviceCode} (e.g. KEMBALI_MADRASAH)
 * and the {@code reason} the agency reads (default: the case's subject).
 */
public record ReferCaseNote(String serviceCode, String reason) {}
