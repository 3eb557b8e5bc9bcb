package db.migration.core;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The district's audit trail: who did what, when, to what, from which address. Append-only:
 * triggers refuse every DELETE, and every UPDATE except the one that seals a fresh row (sets its
 * sequence number and hash, once); the sealed rows form a SHA-256 chain ({@code
 * id.slrt.core.audit.AuditChain}) so that a row changed or removed by someone who could get past
 * the triggers is found by {@code ./slrt audit verify}. An event about sealed content (a violence
 * need) is marked so and shown only to those who may see sealed content. A Java migration because
 * the triggers' bodies hold semicolons that an SQL script parser would split.
 */
public class V4__Audit_trail extends BaseJavaMigration {
  /** Refuses every update of an event but the one that seals a fresh row. */
  public static final String SEAL_ONLY_TRIGGER =
      "CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW"
          + " BEGIN"
          + "  IF OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.id <> OLD.id"
          + "     OR NEW.at <> OLD.at OR NEW.username <> OLD.username"
          + "     OR NEW.action <> OLD.action OR NOT (NEW.target <=> OLD.target)"
          + "     OR NOT (NEW.address <=> OLD.address)"
          + "     OR NEW.sealed_content <> OLD.sealed_content THEN"
          + "   SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';"
          + "  END IF;"
          + " END";

  /** Refuses to move the head of the chain back. */
  public static final String SEAL_FORWARD_ONLY_TRIGGER =
      "CREATE TRIGGER audit_seal_forward_only BEFORE UPDATE ON audit_seal FOR EACH ROW"
          + " BEGIN"
          + "  IF NEW.last_seq < OLD.last_seq THEN"
          + "   SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';"
          + "  END IF;"
          + " END";

  /** Refuses every delete of an event. */
  public static final String NO_DELETE_TRIGGER =
      "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only'";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE audit_event ("
              + " id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
              + " at DATETIME(6) NOT NULL,"
              + " username VARCHAR(100) NOT NULL,"
              + " action VARCHAR(80) NOT NULL,"
              + " target VARCHAR(200) NULL,"
              + " address VARCHAR(45) NULL,"
              + " sealed_content BOOLEAN NOT NULL DEFAULT FALSE,"
              + " seq BIGINT NULL,"
              + " prev_hash CHAR(64) NULL,"
              + " hash CHAR(64) NULL,"
              + " CONSTRAINT audit_event_seq UNIQUE (seq),"
              + " INDEX audit_event_at (at),"
              + " INDEX audit_event_user (username, at),"
              + " INDEX audit_event_action (action, at),"
              + " INDEX audit_event_unsealed (hash, id)"
              + ") ENGINE = InnoDB");
      // the head of the chain: the last sealed sequence number and its hash
      st.execute(
          "CREATE TABLE audit_seal ("
              + " id INT NOT NULL PRIMARY KEY,"
              + " last_seq BIGINT NOT NULL,"
              + " last_hash CHAR(64) NOT NULL,"
              + " sealed_at DATETIME(6) NOT NULL"
              + ") ENGINE = InnoDB");
      st.execute(
          "INSERT INTO audit_seal (id, last_seq, last_hash, sealed_at) VALUES"
              + " (1, 0, REPEAT('0', 64), UTC_TIMESTAMP(6))");
      st.execute(NO_DELETE_TRIGGER);
      st.execute(SEAL_ONLY_TRIGGER);
      st.execute(
          "CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only'");
      st.execute(SEAL_FORWARD_ONLY_TRIGGER);
    }
  }
}
