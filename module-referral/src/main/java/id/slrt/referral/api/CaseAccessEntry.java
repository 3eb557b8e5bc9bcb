package id.slrt.referral.api;

import java.time.Instant;

/** One read or change of a case in its access log: when, by whom, what. */
public record CaseAccessEntry(Instant at, String user, String action) {}
