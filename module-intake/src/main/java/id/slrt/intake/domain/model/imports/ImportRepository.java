package id.slrt.intake.domain.model.imports;

import id.slrt.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** The current tenant's imports and their refused rows. */
public interface ImportRepository {
  Optional<ImportJob> find(long id);

  /**
   * The job, its row locked until the transaction ends: chunks imported at the same time add their
   * counts one after the other, each to what the one before committed.
   */
  Optional<ImportJob> findForUpdate(long id);

  /** Stores a new job; flushed, so that it has its id. */
  void store(ImportJob job);

  void storeReject(ImportReject reject);

  /** The newest first. */
  List<ImportJob> list(PageRequest page);

  long count();

  /**
   * Refused rows of a job in file order, those after line {@code afterLine}, at most {@code max} (a
   * row is refused at most once, so its line identifies it within the job).
   */
  List<ImportReject> rejects(long jobId, long afterLine, int max);

  List<ImportReject> rejects(long jobId, PageRequest page);

  long countRejects(long jobId);
}
