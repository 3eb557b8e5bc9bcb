package id.slrt.pkh.api;

/**
 * A follow-up: {@code round} 6 or 12 (months after graduation), {@code on} the day (default today),
 * {@code outcome} MANDIRI or MENURUN, a {@code note}.
 */
public record RecordFollowUp(Integer round, String on, String outcome, String note) {}
