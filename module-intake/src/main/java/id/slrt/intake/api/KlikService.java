package id.slrt.intake.api;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;

/** KLIK events, their desks and the consultations recorded at them. */
public interface KlikService {

  KlikEventDetails createEvent(CreateKlikEvent request);

  KlikEventDetails getEvent(long id);

  /** The latest events first. */
  Page<KlikEventDetails> listEvents(PageRequest page);

  /** Registers a visitor on arrival and hands out their queue number. */
  VisitDetails recordVisit(long eventId, RecordVisit request);

  /**
   * One visitor of the event.
   *
   * @throws id.slrt.core.error.NotFoundException when the event has no such visitor
   */
  VisitDetails visit(long eventId, long visitId);

  /** The event's visitors, the latest first. */
  Page<VisitDetails> visits(long eventId, PageRequest page);

  /** Records a consultation and hands out its queue number. */
  ConsultationDetails recordConsultation(long eventId, RecordConsultation request);

  /**
   * The event's consultations, the latest first, optionally of one desk or only those needing
   * follow-up.
   */
  Page<ConsultationDetails> consultations(
      long eventId, String desk, String followUp, PageRequest page);

  /** Marks a consultation's follow-up as done. */
  ConsultationDetails followedUp(long eventId, long consultationId);

  KlikSummary summary(long eventId);
}
