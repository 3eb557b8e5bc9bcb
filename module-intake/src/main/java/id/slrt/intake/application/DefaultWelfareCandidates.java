package id.slrt.intake.application;

import id.slrt.core.security.Role;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.api.WelfareCandidates;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.household.WelfareStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Candidates by current DTSEN status. A family's current DTSEN status is its latest one not voided
 * (by the day it speaks of, then as recorded), as the family page shows it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.KOORDINATOR_PKH})
public class DefaultWelfareCandidates implements WelfareCandidates {
  private static final int PAGE = 200;

  @Inject @TenantDb EntityManager em;

  @Override
  public List<CandidateFamily> lowestDesil(
      String placeCode, int maxDesil, Set<Long> excluding, int max) {
    List<CandidateFamily> out = new ArrayList<>();
    if (placeCode == null || !placeCode.matches("[0-9.]{2,13}")) {
      return out;
    }
    for (int first = 0; out.size() < max; first += PAGE) {
      List<Object[]> page =
          em.createQuery(
                  "SELECT h, w FROM Household h, WelfareStatus w WHERE w.householdId = h.id"
                      + " AND w.register = :dtsen AND w.voidedAt IS NULL AND w.registered = TRUE"
                      + " AND w.desil <= :max AND h.address.villageCode LIKE :place"
                      + " AND NOT EXISTS (SELECT v FROM WelfareStatus v WHERE v.householdId ="
                      + " w.householdId AND v.register = :dtsen AND v.voidedAt IS NULL AND"
                      + " (v.asOf > w.asOf OR (v.asOf = w.asOf AND v.id > w.id)))"
                      + " ORDER BY w.desil, w.asOf, h.id",
                  Object[].class)
              .setParameter("dtsen", WelfareRegister.DTSEN)
              .setParameter("max", maxDesil)
              .setParameter("place", placeCode + "%")
              .setFirstResult(first)
              .setMaxResults(PAGE)
              .getResultList();
      for (Object[] row : page) {
        Household h = (Household) row[0];
        WelfareStatus w = (WelfareStatus) row[1];
        if (out.size() < max && !excluding.contains(h.id())) {
          out.add(
              new CandidateFamily(
                  h.id(),
                  h.kk().value(),
                  h.head().map(Person::name).orElse(null),
                  h.address().village().value(),
                  w.desil().orElse(0),
                  w.asOf()));
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return out;
  }
}
