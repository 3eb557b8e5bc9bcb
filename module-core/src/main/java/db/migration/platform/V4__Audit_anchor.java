package db.migration.platform;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * An anchor of every district's audit chain outside the district's own schema: the last sealed
 * sequence number and hash, moved forward by the sealer after each sealing commit ({@code
 * id.slrt.core.audit.AuditChain}). Someone who gets past a district's triggers, removes the last
 * events and winds the district's own head ({@code audit_seal}) back still leaves the anchor ahead
 * of the chain, and {@code ./slrt audit verify} reports it. Forward-only and undeletable, like the
 * trail itself. A Java migration because trigger bodies hold semicolons.
 */
public class V4__Audit_anchor extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE audit_anchor ("
              + " tenant_slug VARCHAR(40) NOT NULL PRIMARY KEY,"
              + " last_seq BIGINT NOT NULL,"
              + " last_hash CHAR(64) NOT NULL,"
              + " anchored_at DATETIME(6) NOT NULL"
              + ") ENGINE = InnoDB");
      st.execute(
          "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor FOR EACH ROW"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit anchor is append-only'");
      st.execute(
          "CREATE TRIGGER audit_anchor_forward_only BEFORE UPDATE ON audit_anchor FOR EACH ROW"
              + " BEGIN"
              + "  IF NEW.last_seq < OLD.last_seq"
              + "     OR (NEW.last_seq = OLD.last_seq AND NEW.last_hash <> OLD.last_hash)"
              + "     OR NEW.tenant_slug <> OLD.tenant_slug THEN"
              + "   SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit anchor is append-only';"
              + "  END IF;"
              + " END");
    }
  }
}
