package id.slrt.core.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A lease on a background job in a district's schema ({@code job_lease}): whoever holds it runs the
 * job, everyone else skips this round. Taking it is one conditional update on the database's own
 * clock, so two servers (or a server and {@code ./slrt}) never both hold it, and a lease whose
 * holder died runs out by itself after its time.
 */
public final class JobLease {
  private final DataSource schema;
  private final String name;
  private final String holder;

  /**
   * @param name the job ({@code referral-escalation})
   * @param holder who asks: unique per process and run (host, process id, a random part)
   */
  public JobLease(DataSource schema, String name, String holder) {
    this.schema = schema;
    this.name = name;
    this.holder = holder;
  }

  /** Takes the lease for this long, if it is free, run out, or already this holder's. */
  public boolean acquire(Duration ttl) throws SQLException {
    try (Connection c = schema.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT IGNORE INTO job_lease (name, holder, until)"
                  + " VALUES (?, '', NOW(6) - INTERVAL 1 SECOND)")) {
        insert.setString(1, name);
        insert.executeUpdate();
      }
      try (PreparedStatement take =
          c.prepareStatement(
              "UPDATE job_lease SET holder = ?, until = NOW(6) + INTERVAL ? SECOND"
                  + " WHERE name = ? AND (until < NOW(6) OR holder = ?)")) {
        take.setString(1, holder);
        take.setLong(2, Math.max(1, ttl.toSeconds()));
        take.setString(3, name);
        take.setString(4, holder);
        return take.executeUpdate() == 1;
      }
    }
  }

  /** Lets the lease go now (only if this holder still has it). */
  public void release() throws SQLException {
    try (Connection c = schema.getConnection();
        PreparedStatement free =
            c.prepareStatement(
                "UPDATE job_lease SET until = NOW(6) - INTERVAL 1 SECOND"
                    + " WHERE name = ? AND holder = ?")) {
      c.setAutoCommit(true);
      free.setString(1, name);
      free.setString(2, holder);
      free.executeUpdate();
    }
  }
}
