package id.slrt.referral.application;

import id.slrt.core.audit.Audited;
import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.persistence.Constraints;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import id.slrt.core.time.DistrictTime;
import id.slrt.referral.api.AddHoliday;
import id.slrt.referral.api.HolidayDetails;
import id.slrt.referral.api.HolidayService;
import id.slrt.referral.domain.model.calendar.Holiday;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;

/** The district's holidays: read by everyone of the district, kept by its admin. */
@Stateless
public class DefaultHolidayService implements HolidayService {
  @Inject @TenantDb EntityManager em;
  @Inject DistrictTime districtTime;

  @Override
  @RolesAllowed({
    Role.Names.ADMIN_KABUPATEN,
    Role.Names.PETUGAS_PUSKESOS,
    Role.Names.KADER_KLIK,
    Role.Names.MANAJER_KASUS_P2TP2A,
    Role.Names.PENDAMPING_PKH,
    Role.Names.KOORDINATOR_PKH,
    Role.Names.MITRA_DINAS
  })
  public List<HolidayDetails> holidays(int year) {
    return em
        .createQuery(
            "SELECT h FROM Holiday h WHERE h.day BETWEEN :from AND :to ORDER BY h.day",
            Holiday.class)
        .setParameter("from", LocalDate.of(year, 1, 1))
        .setParameter("to", LocalDate.of(year, 12, 31))
        .getResultList()
        .stream()
        .map(DefaultHolidayService::details)
        .toList();
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("holiday.add")
  public HolidayDetails add(AddHoliday request) {
    FieldErrors errors = new FieldErrors();
    AddHoliday r = request == null ? new AddHoliday(null, null) : request;
    LocalDate day = errors.date("day", r.day());
    if (Input.clean(r.day()) == null) {
      errors.add("day", "holiday.dayRequired");
    }
    Holiday holiday = Holiday.local(day, Input.clean(r.name()), districtTime.today(), errors);
    errors.throwIfAny();
    if (em.find(Holiday.class, day) != null) {
      throw new ConflictException("holiday.exists", day);
    }
    try {
      em.persist(holiday);
      em.flush();
    } catch (PersistenceException e) {
      if (Constraints.isViolation(e)) {
        // another admin added the same day at the same moment
        throw new ConflictException("holiday.exists", day);
      }
      throw e;
    }
    return details(holiday);
  }

  @Override
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  @Audited("holiday.remove")
  public void remove(String day) {
    FieldErrors errors = new FieldErrors();
    LocalDate date = errors.date("day", day);
    errors.throwIfAny();
    Holiday holiday = date == null ? null : em.find(Holiday.class, date);
    if (holiday == null) {
      throw new NotFoundException("holiday.notFound");
    }
    holiday.requireRemovable();
    em.remove(holiday);
  }

  private static HolidayDetails details(Holiday h) {
    return new HolidayDetails(h.day(), h.name(), h.national());
  }
}
