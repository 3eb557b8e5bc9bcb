package id.slrt.pkh.application;

import id.slrt.core.security.PkhScope;
import jakarta.persistence.Query;

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
}
