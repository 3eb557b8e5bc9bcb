package id.slrt.pkh.application;

import id.slrt.core.error.NotFoundException;
import id.slrt.core.security.PkhScope;
import id.slrt.core.text.Input;
import id.slrt.pkh.domain.model.kpm.Kpm;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Optional;

/**
 * The access policy's PKH scope as a JPQL condition over a KPM {@code k} and its group {@code g}:
 * one place for every PKH list and look-up (KPM, graduations, session logs' groups).
 */
final class PkhScopes {
  private PkhScopes() {}

  /** The condition (starting with " AND ") that keeps what the scope sees. */
  static String condition(PkhScope scope) {
    if (scope.isFacilitator()) {
      return " AND g.facilitator = :scope";
    }
    if (scope.isNone()) {
      return " AND 1 = 0";
    }
    return scope.place().isDistrict() ? "" : " AND k.villageCode LIKE :scope";
  }

  /** Binds the condition's parameter, if it has one. */
  static <Q extends Query> Q bind(Q query, PkhScope scope) {
    if (scope.isFacilitator()) {
      query.setParameter("scope", scope.facilitator());
    } else if (!scope.isNone() && !scope.place().isDistrict()) {
      query.setParameter("scope", scope.place().villagePattern());
    }
    return query;
  }

  /** The KPM with that number if the scope sees it: one query for every caller. */
  static Optional<Kpm> visibleKpm(EntityManager em, PkhScope scope, String number) {
    return bind(
            em.createQuery(
                "SELECT k FROM Kpm k, PkhGroup g WHERE g.code = k.groupCode"
                    + " AND k.participantNumber = :n"
                    + condition(scope),
                Kpm.class),
            scope)
        .setParameter("n", number)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * The KPM with that participant number (as typed) if the scope sees it; otherwise 404, the same
   * answer as for a number that does not exist.
   */
  static Kpm requireVisibleKpm(EntityManager em, PkhScope scope, String participantNumber) {
    String n = Input.clean(participantNumber);
    return (n == null ? Optional.<Kpm>empty() : visibleKpm(em, scope, n))
        .orElseThrow(() -> new NotFoundException("pkh.kpm.notFound"));
  }
}
