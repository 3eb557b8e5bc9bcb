package id.slrt.pkh.application;

import id.slrt.core.security.PkhScope;
import id.slrt.pkh.domain.model.conditionality.PaymentPeriod;
import id.slrt.pkh.domain.model.conditionality.PeriodAttendance;
import id.slrt.pkh.domain.model.kpm.KpmStatus;
import id.slrt.pkh.domain.model.p2k2.AttendanceStatus;
import id.slrt.pkh.domain.model.p2k2.LogState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KPM attendance in a payment period, from the session logs that count (a conflict or a log set
 * aside counts for no one), summed in the database.
 */
final class AttendanceCounts {
  private AttendanceCounts() {}

  /** The attendance of every active KPM the scope sees (one group's if named) in the period. */
  static Map<Long, PeriodAttendance> ofScope(
      EntityManager em, PkhScope scope, String groupCode, PaymentPeriod period) {
    String jpql =
        "SELECT a.kpmId, a.status, COUNT(l) FROM SessionLog l JOIN l.attendance a, Kpm k,"
            + " PkhGroup g WHERE g.code = k.groupCode AND k.id = a.kpmId AND k.status = :active"
            + " AND l.state = :counted AND l.heldOn >= :from AND l.heldOn <= :to"
            + (groupCode == null ? "" : " AND k.groupCode = :group")
            + PkhScopes.condition(scope)
            + " GROUP BY a.kpmId, a.status";
    TypedQuery<Object[]> q =
        PkhScopes.bind(em.createQuery(jpql, Object[].class), scope)
            .setParameter("active", KpmStatus.AKTIF);
    if (groupCode != null) {
      q.setParameter("group", groupCode);
    }
    return sum(bindPeriod(q, period).getResultList(), period);
  }

  /** One KPM's attendance in the period. */
  static PeriodAttendance ofKpm(EntityManager em, long kpmId, PaymentPeriod period) {
    TypedQuery<Object[]> q =
        em.createQuery(
                "SELECT a.kpmId, a.status, COUNT(l) FROM SessionLog l JOIN l.attendance a"
                    + " WHERE a.kpmId = :kpm AND l.state = :counted AND l.heldOn >= :from"
                    + " AND l.heldOn <= :to GROUP BY a.kpmId, a.status",
                Object[].class)
            .setParameter("kpm", kpmId);
    return sum(bindPeriod(q, period).getResultList(), period)
        .getOrDefault(kpmId, PeriodAttendance.none(period));
  }

  private static TypedQuery<Object[]> bindPeriod(TypedQuery<Object[]> q, PaymentPeriod period) {
    return q.setParameter("counted", LogState.TERCATAT)
        .setParameter("from", period.start())
        .setParameter("to", period.end());
  }

  private static Map<Long, PeriodAttendance> sum(List<Object[]> rows, PaymentPeriod period) {
    Map<Long, Map<AttendanceStatus, Integer>> byKpm = new HashMap<>();
    for (Object[] r : rows) {
      byKpm
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(AttendanceStatus.class))
          .merge((AttendanceStatus) r[1], ((Number) r[2]).intValue(), Integer::sum);
    }
    Map<Long, PeriodAttendance> out = new HashMap<>();
    byKpm.forEach(
        (kpm, counts) ->
            out.put(
                kpm,
                new PeriodAttendance(
                    period,
                    counts.getOrDefault(AttendanceStatus.HADIR, 0),
                    counts.getOrDefault(AttendanceStatus.IZIN, 0),
                    counts.getOrDefault(AttendanceStatus.TIDAK_HADIR, 0))));
    return out;
  }
}
