package id.slrt.referral.infrastructure;

import id.slrt.core.tenancy.JobLease;
import id.slrt.referral.domain.model.calendar.WorkingCalendar;
import id.slrt.referral.domain.model.escalation.EscalationLevel;
import id.slrt.referral.domain.model.referral.ReferralStatus;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * One escalation pass over a district's schema: every open referral that has reached a level of
 * {@link EscalationLevel} on the given day and was not raised to it yet is raised now, set-based
 * (one statement per level). Run by the server's job and by {@code ./slrt referral escalate}; the
 * pass holds the district's lease while it works, and the unique key (referral, step) keeps each
 * step to one row even if two passes did overlap.
 */
public final class EscalationPass {
  public static final String LEASE = "referral-escalation";

  /** Who the escalations are raised by, in their records: the district's system user. */
  public static final String SYSTEM_USER = "eskalasi";

  private static final Duration LEASE_TIME = Duration.ofMinutes(5);
  private static final String OPEN =
      ReferralStatus.open().stream()
          .map(s -> "'" + s.name() + "'")
          .collect(Collectors.joining(","));

  private final DataSource schema;

  public EscalationPass(DataSource schema) {
    this.schema = schema;
  }

  /**
   * What a pass did: how many referrals it raised to each level, or that another held the lease.
   */
  public record Result(boolean ran, Map<EscalationLevel, Integer> raised) {
    public int total() {
      return raised.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * Raises what is due on {@code today} (the district's date), as {@code user}.
   *
   * @return not {@code ran} when another server or command holds the lease
   */
  public Result run(LocalDate today, Instant now, String user) throws SQLException {
    JobLease lease = new JobLease(schema, LEASE, holder());
    if (!lease.acquire(LEASE_TIME)) {
      return new Result(false, Map.of());
    }
    try {
      WorkingCalendar calendar = calendar(today.minusYears(1));
      Map<EscalationLevel, Integer> raised = new EnumMap<>(EscalationLevel.class);
      try (Connection c = schema.getConnection()) {
        c.setAutoCommit(true);
        for (EscalationLevel level : EscalationLevel.values()) {
          raised.put(
              level, raise(c, level, level.dueOnOrBefore(today, calendar), today, now, user));
        }
      }
      return new Result(true, raised);
    } finally {
      lease.release();
    }
  }

  private static int raise(
      Connection c,
      EscalationLevel level,
      LocalDate cutoff,
      LocalDate today,
      Instant now,
      String user)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT IGNORE INTO referral_escalation"
                + " (referral_id, step, village_code, due_date, raised_on, raised_at, raised_by)"
                + " SELECT r.id, ?, r.village_code, r.due_date, ?, ?, ? FROM referral r"
                + " WHERE r.status IN ("
                + OPEN
                + ") AND r.due_date <= ?")) {
      st.setInt(1, level.step());
      st.setDate(2, Date.valueOf(today));
      st.setTimestamp(3, Timestamp.from(now));
      st.setString(4, user);
      st.setDate(5, Date.valueOf(cutoff));
      return st.executeUpdate();
    }
  }

  private WorkingCalendar calendar(LocalDate from) throws SQLException {
    Set<LocalDate> days = new HashSet<>();
    try (Connection c = schema.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT day FROM holiday WHERE day >= ?")) {
      st.setDate(1, Date.valueOf(from));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          days.add(rs.getDate(1).toLocalDate());
        }
      }
    }
    return new WorkingCalendar(days);
  }

  private static String holder() {
    return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  }
}
