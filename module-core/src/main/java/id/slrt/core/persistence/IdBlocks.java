package id.slrt.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Blocks of ids from {@code id_block} (one row per table: the last id handed out). A writer takes a
 * block of ids at once and then inserts many rows with ids it already knows, so that inserts can be
 * sent in JDBC batches; {@code AUTO_INCREMENT} keys cannot be batched, as each insert must come
 * back with its key before the rows that refer to it can be written.
 *
 * <p>Every writer of such a table takes its ids here: EclipseLink through {@link IdBlockSequence},
 * plain JDBC writers (bulk loads, the benchmark) by calling {@link #take} themselves. The tables
 * have no {@code AUTO_INCREMENT} any more, so a writer that forgets fails at once instead of
 * colliding later.
 */
public final class IdBlocks {
  /**
   * Ids taken at once by the application's writers: one database round trip per this many rows.
   * EclipseLink's blocks grow from this size while they are used up quickly ({@link BlockSize}).
   */
  public static final int SIZE = 50;

  /** The largest block EclipseLink's writers take (an import's chunk of rows needs 500 ids). */
  public static final int MAX_SIZE = 1600;

  /** The name of the table that keeps the blocks (as the entities' table generators name it). */
  public static final String TABLE = "id_block";

  private static final String TAKE =
      "UPDATE id_block SET last_id = LAST_INSERT_ID(last_id + ?) WHERE name = ?";

  private IdBlocks() {}

  /**
   * Takes {@code size} ids for {@code name} and returns the first; the block is {@code first ..
   * first + size - 1}. The row stays locked until the caller's transaction ends, so call it in a
   * short transaction of its own (or with auto-commit), never inside a long one.
   */
  public static long take(Connection connection, String name, int size) throws SQLException {
    if (size < 1) {
      throw new IllegalArgumentException("A block holds at least one id, not " + size);
    }
    try (PreparedStatement update = connection.prepareStatement(TAKE)) {
      update.setInt(1, size);
      update.setString(2, name);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("id_block has no row for " + name);
      }
    }
    try (PreparedStatement last = connection.prepareStatement("SELECT LAST_INSERT_ID()");
        ResultSet rs = last.executeQuery()) {
      rs.next();
      return rs.getLong(1) - size + 1;
    }
  }
}
