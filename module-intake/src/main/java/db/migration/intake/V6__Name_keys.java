package db.migration.intake;

import id.slrt.intake.domain.model.household.NameKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the spelling-tolerant name key ({@link NameKey}) to every person, so that searches by name
 * find old and new spellings alike. Computed in Java: the same code keys new names.
 */
public class V6__Name_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement ddl = context.getConnection().createStatement()) {
      ddl.execute("ALTER TABLE person ADD COLUMN name_key VARCHAR(200) NULL");
      ddl.execute("CREATE INDEX person_name_key ON person (name_key)");
      ddl.execute("CREATE INDEX person_birth_date ON person (birth_date)");
    }
    try (Statement select = context.getConnection().createStatement();
        ResultSet rs = select.executeQuery("SELECT id, name FROM person");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement("UPDATE person SET name_key = ? WHERE id = ?")) {
      int batch = 0;
      while (rs.next()) {
        update.setString(1, NameKey.of(rs.getString(2)));
        update.setLong(2, rs.getLong(1));
        update.addBatch();
        if (++batch % 1000 == 0) {
          update.executeBatch();
        }
      }
      update.executeBatch();
    }
  }
}
