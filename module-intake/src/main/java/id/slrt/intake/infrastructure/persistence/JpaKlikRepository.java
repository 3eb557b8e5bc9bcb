package id.slrt.intake.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.domain.model.klik.Consultation;
import id.slrt.intake.domain.model.klik.Desk;
import id.slrt.intake.domain.model.klik.KlikEvent;
import id.slrt.intake.domain.model.klik.KlikRepository;
import id.slrt.intake.domain.model.klik.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** KLIK events and consultations in the current tenant's schema. */
@ApplicationScoped
public class JpaKlikRepository implements KlikRepository {
  private static final List<Desk> SEALED_DESKS =
      Arrays.stream(Desk.values()).filter(Desk::isSealed).toList();

  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<KlikEvent> find(long id) {
    return Optional.ofNullable(em.find(KlikEvent.class, id));
  }

  @Override
  public Optional<KlikEvent> findForQueue(long id) {
    return Optional.ofNullable(em.find(KlikEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void store(KlikEvent event) {
    em.persist(event);
    em.flush();
  }

  @Override
  public void store(Consultation consultation) {
    if (consultation.sealed()) {
      consultation.identifyAsSealed(SealedIds.next(em, "klik_consultation_sealed"));
    }
    em.persist(consultation);
    em.flush();
  }

  @Override
  public void store(Visit visit) {
    em.persist(visit);
    em.flush();
  }

  @Override
  public Optional<Visit> findVisit(long eventId, long id) {
    return Optional.ofNullable(em.find(Visit.class, id)).filter(v -> v.eventId() == eventId);
  }

  @Override
  public List<Visit> visits(long eventId, PageRequest page) {
    return em.createQuery(
            "SELECT v FROM Visit v WHERE v.eventId = :e ORDER BY v.id DESC", Visit.class)
        .setParameter("e", eventId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Override
  public long countVisits(long eventId) {
    return em.createQuery("SELECT COUNT(v) FROM Visit v WHERE v.eventId = :e", Long.class)
        .setParameter("e", eventId)
        .getSingleResult();
  }

  @Override
  public long visitors(long eventId) {
    long walkUps =
        em.createQuery(
                "SELECT COUNT(c) FROM Consultation c WHERE c.eventId = :e AND c.visitId IS NULL"
                    + " AND c.desk NOT IN :sealedDesks AND c.desk <> :registration",
                Long.class)
            .setParameter("e", eventId)
            .setParameter("sealedDesks", SEALED_DESKS)
            .setParameter("registration", Desk.PENDAFTARAN)
            .getSingleResult();
    return countVisits(eventId) + walkUps;
  }

  @Override
  public Optional<Consultation> findConsultation(long eventId, long id) {
    Consultation c = em.find(Consultation.class, id);
    return c == null || c.eventId() != eventId ? Optional.empty() : Optional.of(c);
  }

  @Override
  public List<KlikEvent> list(PageRequest page) {
    return em.createQuery(
            "SELECT e FROM KlikEvent e ORDER BY e.heldOn DESC, e.id DESC", KlikEvent.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM KlikEvent e", Long.class).getSingleResult();
  }

  @Override
  public List<Consultation> consultations(
      long eventId, Desk desk, Boolean followUp, boolean sealed, PageRequest page) {
    return consultationQuery(
            "SELECT c",
            " ORDER BY c.id DESC",
            Consultation.class,
            eventId,
            desk,
            followUp,
            null,
            sealed)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Override
  public long countConsultations(long eventId, Desk desk, Boolean followUp, boolean sealed) {
    return consultationQuery(
            "SELECT COUNT(c)", "", Long.class, eventId, desk, followUp, null, sealed)
        .getSingleResult();
  }

  /**
   * The one query behind every list and count of consultations: those of the sealed desks only when
   * {@code sealed} is true; null criteria mean any.
   */
  private <T> TypedQuery<T> consultationQuery(
      String select,
      String order,
      Class<T> type,
      long eventId,
      Desk desk,
      Boolean followUp,
      Boolean followedUp,
      boolean sealed) {
    StringBuilder jpql =
        new StringBuilder(select).append(" FROM Consultation c WHERE c.eventId = :e");
    if (!sealed) {
      jpql.append(" AND c.desk NOT IN :sealedDesks");
    }
    if (desk != null) {
      jpql.append(" AND c.desk = :desk");
    }
    if (followUp != null) {
      jpql.append(" AND c.followUp = :followUp");
    }
    if (followedUp != null) {
      jpql.append(" AND c.followedUp = :followedUp");
    }
    TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
    q.setParameter("e", eventId);
    if (!sealed) {
      q.setParameter("sealedDesks", SEALED_DESKS);
    }
    if (desk != null) {
      q.setParameter("desk", desk);
    }
    if (followUp != null) {
      q.setParameter("followUp", followUp);
    }
    if (followedUp != null) {
      q.setParameter("followedUp", followedUp);
    }
    return q;
  }

  @Override
  public List<DeskCount> counts(long eventId) {
    return em
        .createQuery(
            "SELECT c.desk, c.sex, COUNT(c) FROM Consultation c WHERE c.eventId = :e"
                + " GROUP BY c.desk, c.sex",
            Object[].class)
        .setParameter("e", eventId)
        .getResultList()
        .stream()
        .map(r -> new DeskCount((Desk) r[0], r[1].toString(), (Long) r[2]))
        .toList();
  }

  @Override
  public long openFollowUps(long eventId, boolean sealed) {
    return consultationQuery("SELECT COUNT(c)", "", Long.class, eventId, null, true, false, sealed)
        .getSingleResult();
  }
}
