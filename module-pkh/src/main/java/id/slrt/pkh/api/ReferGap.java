package id.slrt.pkh.api;

/** A gap to refer: the {@code program} (BPNT, KIS_PBI, KIP) and the member ({@code personId}). */
public record ReferGap(String program, Long personId) {}
