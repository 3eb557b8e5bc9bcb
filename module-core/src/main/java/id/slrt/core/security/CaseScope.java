package id.slrt.core.security;

import java.util.Collection;

/**
 * The sealed cases (P2TP2A's violence cases) a caller reads: none, those assigned to them, or all
 * of the district's (a P2TP2A head). Decided by {@link AccessPolicy#violenceCases}; a repository
 * turns it into its query, a service asks {@link #permits} of a case at hand.
 *
 * @param all every case of the district
 * @param assignedTo the caller's username when only the cases assigned to them; null otherwise
 */
public record CaseScope(boolean all, String assignedTo) {
  public static final CaseScope NONE = new CaseScope(false, null);

  /** Whether the caller reads a case assigned to these managers. */
  public boolean permits(Collection<String> managers) {
    return all || (assignedTo != null && managers.contains(assignedTo));
  }

  /** Whether the caller reads no case at all. */
  public boolean none() {
    return !all && assignedTo == null;
  }
}
