package id.slrt.pkh.api;

/** A facilitator's group and how many of its KPM are active. */
public record GroupDetails(String code, String facilitator, long activeKpm) {}
