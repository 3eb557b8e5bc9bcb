package id.slrt.referral.api;

/**
 * A step of the district's SOP done in a case: the step's code, the day ({@code YYYY-MM-DD}), the
 * agency that served when it was another (a provider code of the district), notes.
 */
public record RecordCaseStep(String step, String doneOn, String agency, String notes) {}
