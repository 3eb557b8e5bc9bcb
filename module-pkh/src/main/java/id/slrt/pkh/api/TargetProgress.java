package id.slrt.pkh.api;

/**
 * A facilitator's graduation target for a year and the progress toward it.
 *
 * @param target null while none is set
 * @param graduated graduations of the facilitator's KPM approved in the year
 * @param proposed proposals of theirs still waiting for a decision
 */
public record TargetProgress(
    String facilitator, int year, Integer target, long graduated, long proposed, String setBy) {}
