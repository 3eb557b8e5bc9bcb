package id.slrt.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * The hash chain over a district's audit trail. Events are written unsealed inside the transaction
 * of what they record (no lock, so writers never wait for each other); the sealer then gives each
 * committed event, in the order it finds them, the next sequence number and {@code hash =
 * SHA-256(previous hash | seq | id | at | user | action | target | address)}, and moves the head in
 * {@code audit_seal}. Sealers of several server instances (or the launcher) take turns through a
 * row lock on the head. After each sealing the head is copied, forward only, into the platform's
 * {@code audit_anchor}, outside the district's schema. {@link #verify} walks the chain and finds a
 * changed row (its hash no longer matches), a removed row (a gap in the sequence, or a head or an
 * anchor beyond the last row), a chain rewritten under the anchor, and rows sealed out of turn.
 * Plain JDBC, shared by the server and {@code ./slrt audit verify}.
 */
public final class AuditChain {
  static final String ZERO = "0".repeat(64);
  private static final int BATCH = 1000;

  private AuditChain() {}

  /**
   * Seals the events not sealed yet and moves the district's anchor in the platform schema up to
   * the new head; returns how many were sealed.
   */
  public static int seal(DataSource tenant, DataSource platform, String slug) throws SQLException {
    int sealed = seal(tenant);
    Head head = head(tenant);
    if (head.seq() > 0) {
      anchor(platform, slug, head);
    }
    return sealed;
  }

  /** The last sealed sequence number and its hash. */
  public record Head(long seq, String hash) {}

  private static Head head(DataSource tenant) throws SQLException {
    try (Connection c = tenant.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT last_seq, last_hash FROM audit_seal WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, ZERO);
    }
  }

  /**
   * Moves the anchor forward, never back: a sealer that commits after a faster one leaves the
   * higher head in place (MariaDB applies the assignments left to right, so the hash is decided
   * before the sequence number changes).
   */
  private static void anchor(DataSource platform, String slug, Head head) throws SQLException {
    try (Connection c = platform.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO audit_anchor (tenant_slug, last_seq, last_hash, anchored_at)"
                    + " VALUES (?, ?, ?, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE"
                    + " last_hash = IF(VALUES(last_seq) > last_seq, VALUES(last_hash), last_hash),"
                    + " anchored_at = IF(VALUES(last_seq) > last_seq, VALUES(anchored_at),"
                    + " anchored_at),"
                    + " last_seq = GREATEST(last_seq, VALUES(last_seq))")) {
      ps.setString(1, slug);
      ps.setLong(2, head.seq());
      ps.setString(3, head.hash());
      ps.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  private static Head anchorOf(DataSource platform, String slug) throws SQLException {
    try (Connection c = platform.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_anchor WHERE tenant_slug = ?")) {
      ps.setString(1, slug);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
      }
    }
  }

  /** Seals the events not sealed yet; returns how many. */
  static int seal(DataSource tenant) throws SQLException {
    int total = 0;
    try (Connection c = tenant.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int n;
        do {
          n = sealBatch(c);
          c.commit();
          total += n;
        } while (n == BATCH);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
    return total;
  }

  private static int sealBatch(Connection c) throws SQLException {
    long seq;
    String hash;
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_seal WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      seq = rs.getLong(1);
      hash = rs.getString(2);
    }
    int n = 0;
    try (PreparedStatement select =
            c.prepareStatement(
                // the index of (seq, id) holds the unsealed events first, in id order; the
                // optimiser would take the unique index of seq and sort them (core V6)
                "SELECT id, at, username, action, target, address, sealed_content FROM audit_event"
                    + " FORCE INDEX (audit_event_unsealed) WHERE seq IS NULL ORDER BY id LIMIT "
                    + BATCH);
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE audit_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ? AND seq IS NULL");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        seq++;
        String next =
            hash(
                hash,
                seq,
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7));
        update.setLong(1, seq);
        update.setString(2, hash);
        update.setString(3, next);
        update.setLong(4, rs.getLong(1));
        update.addBatch();
        hash = next;
        n++;
      }
      if (n > 0) {
        update.executeBatch();
      }
    }
    if (n > 0) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE audit_seal SET last_seq = ?, last_hash = ?, sealed_at = ? WHERE id = 1")) {
        ps.setLong(1, seq);
        ps.setString(2, hash);
        ps.setTimestamp(3, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
    }
    return n;
  }

  /**
   * What a walk of the chain found; {@code head} is the hash of the last sealed event, which an
   * operator may write down (or sign) outside the system as a further anchor.
   */
  public record Verdict(
      long sealed, long unsealed, boolean intact, String problem, String head, long anchored) {}

  /** Walks the district's chain and compares its end with the anchor in the platform schema. */
  public static Verdict verify(DataSource tenant, DataSource platform, String slug)
      throws SQLException {
    Head anchor = anchorOf(platform, slug);
    try (Connection c = tenant.getConnection()) {
      long headSeq;
      String headHash;
      try (PreparedStatement ps =
              c.prepareStatement("SELECT last_seq, last_hash FROM audit_seal WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return new Verdict(0, 0, false, "the head of the chain (audit_seal) is missing", null, 0);
        }
        headSeq = rs.getLong(1);
        headHash = rs.getString(2);
      }
      long unsealed;
      try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        unsealed = rs.getLong(1);
      }
      long expectedSeq = 0;
      String expectedPrev = ZERO;
      String hashAtAnchor = null;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT seq, id, at, username, action, target, address, prev_hash, hash,"
                  + " sealed_content"
                  + " FROM audit_event WHERE seq IS NOT NULL ORDER BY seq",
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY)) {
        ps.setFetchSize(Integer.MIN_VALUE); // stream: a district's trail can be long
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            long id = rs.getLong(2);
            if (seq != expectedSeq + 1) {
              return broken(
                  expectedSeq, unsealed, "event " + (expectedSeq + 1) + " of the chain is missing");
            }
            if (!expectedPrev.equals(rs.getString(8))) {
              return broken(
                  expectedSeq,
                  unsealed,
                  "event " + seq + " (id " + id + ") does not follow event " + expectedSeq);
            }
            String hash =
                hash(
                    expectedPrev,
                    seq,
                    id,
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(10));
            if (!hash.equals(rs.getString(9))) {
              return broken(
                  expectedSeq,
                  unsealed,
                  "event " + seq + " (id " + id + ") was changed after it was sealed");
            }
            expectedSeq = seq;
            expectedPrev = hash;
            if (anchor != null && seq == anchor.seq()) {
              hashAtAnchor = hash;
            }
          }
        }
      }
      if (expectedSeq != headSeq || !expectedPrev.equals(headHash)) {
        return broken(
            expectedSeq,
            unsealed,
            "the chain ends at event "
                + expectedSeq
                + " but was sealed up to "
                + headSeq
                + ": events at its end were removed");
      }
      if (anchor != null && anchor.seq() > expectedSeq) {
        return broken(
            expectedSeq,
            unsealed,
            "the chain ends at event "
                + expectedSeq
                + " but the platform's anchor holds event "
                + anchor.seq()
                + ": events at its end were removed and the district's head wound back");
      }
      if (anchor != null && !anchor.hash().equals(hashAtAnchor)) {
        return broken(
            expectedSeq,
            unsealed,
            "event "
                + anchor.seq()
                + " is not the one the platform's anchor holds: the chain was rewritten");
      }
      return new Verdict(
          expectedSeq, unsealed, true, null, expectedPrev, anchor == null ? 0 : anchor.seq());
    }
  }

  private static Verdict broken(long sealedUpTo, long unsealed, String problem) {
    return new Verdict(sealedUpTo, unsealed, false, problem, null, 0);
  }

  static String hash(
      String prev,
      long seq,
      long id,
      Instant at,
      String user,
      String action,
      String target,
      String address,
      boolean sealedContent) {
    String text =
        String.join(
            "|",
            prev,
            Long.toString(seq),
            Long.toString(id),
            at.toString(),
            user,
            action,
            target == null ? "" : target,
            address == null ? "" : address,
            sealedContent ? "S" : "-");
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
