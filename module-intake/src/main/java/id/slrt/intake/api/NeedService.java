package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/**
 * Needs and complaints of the people of the current tenant. Sealed (violence) needs exist only for
 * P2TP2A case managers: for everyone else {@link #get} answers "not found" exactly as for an id
 * that does not exist, and {@link #search} leaves them out of items and totals.
 */
public interface NeedService {

  /**
   * @throws id.slrt.core.error.ValidationException listing every refused field
   * @throws id.slrt.core.error.NotFoundException when the person is not registered
   */
  NeedDetails record(RecordNeed request);

  NeedDetails get(long id);

  /** Fast-tracked needs first, then the oldest. */
  Page<NeedDetails> search(NeedFilter filter, PageRequest page);

  /**
   * @throws id.slrt.core.error.ConflictException when the status does not allow the move
   */
  NeedDetails move(long id, NeedTransition transition);
}
