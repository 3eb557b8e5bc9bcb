package id.slrt.intake.domain.model.verivali;

import id.slrt.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Verivali proposals of the current tenant. */
public interface VerivaliRepository {
  Optional<VerivaliProposal> find(long id);

  void store(VerivaliProposal proposal);

  /**
   * Proposals, oldest first; null filters mean any. {@code place}: a LIKE pattern over the village
   * codes of the proposals' households, the caller's part of the district.
   */
  List<VerivaliProposal> search(
      ProposalStatus status, ProposalType type, String villageCode, String place, PageRequest page);

  long count(ProposalStatus status, ProposalType type, String villageCode, String place);

  /** An open proposal (not DIKIRIM or DITOLAK) of this type for the household, if any. */
  boolean hasOpen(long householdId, ProposalType type);
}
