package id.slrt.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Takes a block of ids in a transaction of its own, committed before the caller goes on: the
 * block's row is locked only for that moment, and a caller's rollback never gives ids back (another
 * writer may already hold the ones after them).
 */
@ApplicationScoped
public class IdBlockAllocator {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long take(DataSource dataSource, String name, int size) {
    try (Connection c = dataSource.getConnection()) {
      return IdBlocks.take(c, name, size);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take ids for " + name, e);
    }
  }
}
