package id.slrt.launcher;

import id.slrt.core.persistence.IdBlocks;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Ids of one table for a plain JDBC writer, taken from {@code id_block} in blocks as the server
 * takes them ({@link IdBlocks}), on a connection of its own with auto-commit so that the block's
 * row is never held by the writer's transaction. Shared by a writer's threads, as the server's
 * sequence is.
 */
final class IdRange implements AutoCloseable {
  private final Connection connection;
  private final String name;
  private final int block;
  private long next;
  private long end;

  IdRange(DataSource db, String name, int block) throws SQLException {
    this.connection = db.getConnection();
    this.connection.setAutoCommit(true);
    this.name = name;
    this.block = block;
  }

  synchronized long next() throws SQLException {
    if (next == end) {
      next = IdBlocks.take(connection, name, block);
      end = next + block;
    }
    return next++;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
