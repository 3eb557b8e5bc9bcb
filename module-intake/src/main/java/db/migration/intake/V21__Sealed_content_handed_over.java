package db.migration.intake;

import id.slrt.core.identity.PublicReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Intake keeps nothing of what was told about violence: the content goes to P2TP2A's case file.
 * Sealed needs and violence-desk consultations recorded before the hand-over existed are put in the
 * outbox (each under a new random reference, once: the outbox's source is unique), so that they
 * become cases at the next start, and their content is then cleared here.
 */
public class V21__Sealed_content_handed_over extends BaseJavaMigration {
  private static final String OUTBOX =
      "INSERT IGNORE INTO intake_violence_outbox (reference, source, channel, person_id, sex,"
          + " village_code, reported_on, narrative, recorded_by, created_at, next_attempt_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (PreparedStatement insert = c.prepareStatement(OUTBOX);
        Statement read = c.createStatement()) {
      try (ResultSet r =
          read.executeQuery(
              "SELECT n.id, n.person_id, p.sex, h.village_code, DATE(n.recorded_at),"
                  + " n.description, n.recorded_by FROM need n"
                  + " JOIN person p ON p.id = n.person_id"
                  + " JOIN household h ON h.id = n.household_id WHERE n.sealed")) {
        while (r.next()) {
          add(insert, "need:" + r.getLong(1), "PUSKESOS", r.getLong(2), r, 3);
        }
      }
      try (ResultSet r =
          read.executeQuery(
              "SELECT c.id, c.person_id, c.sex, e.village_code, e.held_on,"
                  + " CONCAT_WS(' / ', c.topic, c.follow_up_note), c.recorded_by"
                  + " FROM klik_consultation c JOIN klik_event e ON e.id = c.event_id"
                  + " WHERE c.desk = 'PENGADUAN_KEKERASAN'")) {
        while (r.next()) {
          long person = r.getLong(2);
          add(insert, "klik:" + r.getLong(1), "KLIK", r.wasNull() ? null : person, r, 3);
        }
      }
      insert.executeBatch();
    }
    try (Statement clear = c.createStatement()) {
      clear.executeUpdate("UPDATE need SET description = NULL WHERE sealed");
      clear.executeUpdate(
          "UPDATE klik_consultation SET nik = NULL, person_id = NULL, topic = NULL,"
              + " follow_up_note = NULL WHERE desk = 'PENGADUAN_KEKERASAN'");
    }
  }

  /** Columns from {@code first} on: sex, village, day, narrative, recorded by. */
  private static void add(
      PreparedStatement insert, String source, String channel, Long person, ResultSet r, int first)
      throws java.sql.SQLException {
    insert.setString(1, PublicReference.random());
    insert.setString(2, source);
    insert.setString(3, channel);
    insert.setObject(4, person);
    insert.setString(5, r.getString(first));
    insert.setString(6, r.getString(first + 1));
    insert.setDate(7, r.getDate(first + 2));
    String narrative = r.getString(first + 3);
    insert.setString(8, narrative == null || narrative.isBlank() ? null : narrative);
    insert.setString(9, r.getString(first + 4));
    insert.addBatch();
  }
}
