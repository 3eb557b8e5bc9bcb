package id.slrt.core.audit;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.core.text.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The district's audit trail as its admin reads it (API.md {@code GET /t/{tenant}/audit}). */
@ApplicationScoped
@Transactional
public class AuditQuery {
  @Inject @TenantDb EntityManager em;
  @Inject AccessPolicy access;
  @Inject id.slrt.core.tenancy.TenantContext tenantContext;

  /** One event; no id, since gaps between ids would count the events a reader may not see. */
  public record AuditEntry(
      Instant at, String user, String action, String target, String address, boolean chained) {}

  /**
   * @param from first day (or instant) to show, {@code YYYY-MM-DD} or ISO instant; optional
   * @param to last day (inclusive) or instant; optional
   * @param user exact username; optional
   * @param action an action or its start ({@code household.}); optional
   */
  public Page<AuditEntry> search(
      String from, String to, String user, String action, PageRequest page) {
    access.requireDistrictAdmin();
    FieldErrors errors = new FieldErrors();
    java.time.ZoneId zone = tenantContext.require().zone();
    Instant start = instant(from, "from", false, zone, errors);
    Instant end = instant(to, "to", true, zone, errors);
    errors.throwIfAny();
    // events about sealed content are not there for whoever may not see sealed content: not in
    // the list, not in the total
    StringBuilder where =
        new StringBuilder(access.maySeeSealed() ? " WHERE 1=1" : " WHERE sealed_content = FALSE");
    List<Object> args = new ArrayList<>();
    if (start != null) {
      where.append(" AND at >= ?");
      args.add(Timestamp.from(start));
    }
    if (end != null) {
      where.append(" AND at < ?");
      args.add(Timestamp.from(end));
    }
    String u = Input.clean(user);
    if (u != null) {
      where.append(" AND username = ?");
      args.add(u);
    }
    String a = Input.clean(action);
    if (a != null) {
      where.append(" AND action LIKE ?");
      args.add(a.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM audit_event" + where);
    Query rows =
        em.createNativeQuery(
            "SELECT id, at, username, action, target, address, hash IS NOT NULL FROM audit_event"
                + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?");
    for (int i = 0; i < args.size(); i++) {
      count.setParameter(i + 1, args.get(i));
      rows.setParameter(i + 1, args.get(i));
    }
    rows.setParameter(args.size() + 1, page.size());
    rows.setParameter(args.size() + 2, page.offset());
    long total = ((Number) count.getSingleResult()).longValue();
    return new Page<>(entries(rows.getResultList()), page.page(), page.size(), total);
  }

  /**
   * The events about one record (their target exactly), the latest first: a sealed case's access
   * log. Who may read them is the calling service's to decide before it asks.
   */
  public Page<AuditEntry> about(String target, PageRequest page) {
    long total =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE target = ?")
                    .setParameter(1, target)
                    .getSingleResult())
            .longValue();
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, at, username, action, target, address, hash IS NOT NULL"
                    + " FROM audit_event WHERE target = ? ORDER BY id DESC LIMIT ? OFFSET ?")
            .setParameter(1, target)
            .setParameter(2, page.size())
            .setParameter(3, page.offset())
            .getResultList();
    return new Page<>(entries(rows), page.page(), page.size(), total);
  }

  private static List<AuditEntry> entries(List<?> rows) {
    List<AuditEntry> items = new ArrayList<>();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      items.add(
          new AuditEntry(
              toInstant(row[1]),
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              row[6] != null && ((Number) row[6]).intValue() == 1));
    }
    return items;
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return null;
  }

  /** A day is a day of the district's own time zone (Maros is WITA). */
  private static Instant instant(
      String raw, String field, boolean endOfDay, java.time.ZoneId zone, FieldErrors errors) {
    String v = Input.clean(raw);
    if (v == null) {
      return null;
    }
    if (v.length() == 10) {
      LocalDate day = errors.date(field, v);
      return day == null ? null : (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      errors.add(field, "date.format", v);
      return null;
    }
  }
}
