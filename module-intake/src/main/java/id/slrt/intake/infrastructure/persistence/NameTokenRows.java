package id.slrt.intake.infrastructure.persistence;

import id.slrt.intake.domain.model.household.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the name search's index rows ({@code person_name_token}) of persons, as one JDBC batch:
 * for persons written through JPA (by {@link PersonNameTokens}, on the transaction's connection),
 * for the migration that builds the index, bulk loads and the benchmark's raw limit. The tokens
 * come from {@link NameKey#searchTokens}.
 */
public final class NameTokenRows implements AutoCloseable {
  static final String INSERT =
      "INSERT INTO person_name_token (token, household_id, person_id) VALUES (?, ?, ?)";

  private final PreparedStatement insert;

  public NameTokenRows(Connection connection) throws SQLException {
    this.insert = connection.prepareStatement(INSERT);
  }

  /** Adds the rows of one person to the batch. */
  public void add(long householdId, long personId, String nameKey) throws SQLException {
    for (String token : NameKey.searchTokens(nameKey)) {
      insert.setString(1, token);
      insert.setLong(2, householdId);
      insert.setLong(3, personId);
      insert.addBatch();
    }
  }

  /** Writes the batch (the caller commits). */
  public void flush() throws SQLException {
    insert.executeBatch();
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
