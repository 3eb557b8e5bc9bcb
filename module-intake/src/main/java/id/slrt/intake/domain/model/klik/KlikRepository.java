package id.slrt.intake.domain.model.klik;

import id.slrt.core.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** KLIK events and their consultations in the current tenant. */
public interface KlikRepository {

  Optional<KlikEvent> find(long id);

  /** The event, locked until the transaction ends: queue numbers are handed out one at a time. */
  Optional<KlikEvent> findForQueue(long id);

  void store(KlikEvent event);

  void store(Consultation consultation);

  void store(Visit visit);

  Optional<Visit> findVisit(long eventId, long id);

  /** The event's visitors, the latest first. */
  List<Visit> visits(long eventId, PageRequest page);

  long countVisits(long eventId);

  /**
   * Visitors counted once: the registered visits, plus the walk-up consultations that hang on no
   * visit (outside the violence desk, which is counted apart).
   */
  long visitors(long eventId);

  Optional<Consultation> findConsultation(long eventId, long id);

  List<KlikEvent> list(PageRequest page);

  long count();

  /**
   * The event's consultations, the latest first; those of the violence desk only when {@code
   * sealed} is true, so that no list or count gives back what the summary suppresses.
   */
  List<Consultation> consultations(
      long eventId, Desk desk, Boolean followUp, boolean sealed, PageRequest page);

  /** How many consultations {@link #consultations} finds in all. */
  long countConsultations(long eventId, Desk desk, Boolean followUp, boolean sealed);

  /** Per desk and sex: the number of consultations. */
  List<DeskCount> counts(long eventId);

  /** Follow-ups not yet done; those of the violence desk only when {@code sealed} is true. */
  long openFollowUps(long eventId, boolean sealed);

  record DeskCount(Desk desk, String sex, long consultations) {}
}
