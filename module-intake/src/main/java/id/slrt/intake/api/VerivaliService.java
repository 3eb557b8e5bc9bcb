package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import java.util.List;

/** Verivali proposals: propose, review, and list for the SIKS-NG operator. */
public interface VerivaliService {
  /** The most proposals one export holds. */
  int MAX_EXPORT = 10_000;

  /**
   * @throws id.slrt.core.error.ValidationException listing every refused field
   * @throws id.slrt.core.error.ConflictException when the same proposal is already open
   */
  ProposalDetails propose(ProposeVerivali request);

  ProposalDetails get(long id);

  /** Oldest first; status, type and village narrow the list (null or blank: any). */
  Page<ProposalDetails> search(String status, String type, String villageCode, PageRequest page);

  /**
   * @throws id.slrt.core.error.ConflictException when the status does not allow the move
   */
  ProposalDetails move(long id, ProposalTransition transition);

  /** Everything {@link #search} would list, up to {@link #MAX_EXPORT}, for the CSV export. */
  List<ProposalDetails> export(String status, String type, String villageCode);
}
