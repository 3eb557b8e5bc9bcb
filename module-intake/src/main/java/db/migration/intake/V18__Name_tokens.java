package db.migration.intake;

import id.slrt.intake.infrastructure.persistence.NameTokenRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The name search's index: per person, each word key of the name and each pair of them ({@code
 * NameKey.searchTokens}), beside the person's household. A search for "Sity Djuariah" reads the
 * rows of the token "jr+st" in the order of the primary key (newest household first) and stops at
 * the page's end, instead of comparing every name of the district. Filled here for the persons
 * already registered; kept in step by PersonNameTokens (JPA) and NameTokenRows (plain JDBC).
 */
public class V18__Name_tokens extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement ddl = c.createStatement()) {
      ddl.execute(
          "CREATE TABLE person_name_token ("
              + " token VARCHAR(201) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,"
              + " household_id BIGINT NOT NULL,"
              + " person_id BIGINT NOT NULL,"
              + " PRIMARY KEY (token, household_id, person_id),"
              + " INDEX person_name_token_person (person_id),"
              + " CONSTRAINT person_name_token_person_fk FOREIGN KEY (person_id)"
              + "   REFERENCES person (id) ON DELETE CASCADE,"
              + " CONSTRAINT person_name_token_household_fk FOREIGN KEY (household_id)"
              + "   REFERENCES household (id) ON DELETE CASCADE"
              + ") ENGINE = InnoDB");
    }
    try (Statement select = c.createStatement();
        ResultSet rs =
            select.executeQuery(
                "SELECT id, household_id, name_key FROM person WHERE name_key IS NOT NULL");
        NameTokenRows rows = new NameTokenRows(c)) {
      int n = 0;
      while (rs.next()) {
        rows.add(rs.getLong(2), rs.getLong(1), rs.getString(3));
        if (++n % 1000 == 0) {
          rows.flush();
        }
      }
      rows.flush();
    }
  }
}
