package id.slrt.referral.infrastructure.persistence;

import id.slrt.core.tenancy.TenantDb;
import id.slrt.referral.domain.model.calendar.HolidayRepository;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashSet;

/** Holidays in the current tenant's schema. */
@ApplicationScoped
public class JpaHolidayRepository implements HolidayRepository {
  @Inject @TenantDb EntityManager em;

  @Override
  public WorkingCalendar calendarFrom(LocalDate from) {
    return new WorkingCalendar(
        new HashSet<>(
            em.createQuery("SELECT h.day FROM Holiday h WHERE h.day >= :from", LocalDate.class)
                .setParameter("from", from)
                .getResultList()));
  }
}
