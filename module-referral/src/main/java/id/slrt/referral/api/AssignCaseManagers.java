package id.slrt.referral.api;

import java.util.List;

/** The case managers a case is assigned to from now on (usernames of the district's managers). */
public record AssignCaseManagers(List<String> managers) {}
