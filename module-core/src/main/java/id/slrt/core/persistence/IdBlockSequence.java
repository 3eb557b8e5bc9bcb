package id.slrt.core.persistence;

import java.util.Vector;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's ids for entities whose table generator names {@code id_block}: blocks from {@link
 * IdBlockAllocator}, each in a transaction of its own, kept in memory by EclipseLink and handed out
 * as entities are persisted. EclipseLink's own table sequencing would take the block inside the
 * caller's JTA transaction (holding the row's lock until that commits, and reusing ids after a
 * rollback) unless given a second, non-JTA pool; this needs neither.
 */
public final class IdBlockSequence extends Sequence {
  private static final long serialVersionUID = 1L;

  private final transient IdBlockAllocator allocator;
  private final transient DataSource dataSource;
  private final transient BlockSize blockSize;

  IdBlockSequence(String name, int size, IdBlockAllocator allocator, DataSource dataSource) {
    super(name, size);
    this.allocator = allocator;
    this.dataSource = dataSource;
    this.blockSize = new BlockSize(size, Math.max(size, IdBlocks.MAX_SIZE));
  }

  /**
   * A session customizer that puts this sequence in place of every table sequence kept in {@code
   * id_block}, for the tenant's data source.
   */
  public static SessionCustomizer installer(IdBlockAllocator allocator, DataSource dataSource) {
    return (Session session) ->
        session.getLogin().getSequences().values().stream()
            .filter(s -> s instanceof TableSequence t && IdBlocks.TABLE.equals(t.getTableName()))
            .toList()
            .forEach(
                s ->
                    session
                        .getLogin()
                        .addSequence(
                            new IdBlockSequence(
                                s.getName(), s.getPreallocationSize(), allocator, dataSource)));
  }

  /**
   * A block of ids; its size is {@link BlockSize}'s, not EclipseLink's fixed preallocation size
   * (EclipseLink hands out whatever the block holds before asking again).
   */
  @Override
  public Vector<?> getGeneratedVector(
      Accessor accessor, AbstractSession writeSession, String seqName, int preallocationSize) {
    int size = blockSize.next(System.nanoTime());
    long first = allocator.take(dataSource, seqName, size);
    Vector<Long> ids = new Vector<>(size);
    for (long id = first; id < first + size; id++) {
      ids.add(id);
    }
    return ids;
  }

  @Override
  public Object getGeneratedValue(Accessor accessor, AbstractSession writeSession, String seqName) {
    return allocator.take(dataSource, seqName, 1);
  }

  @Override
  public boolean shouldAcquireValueAfterInsert() {
    return false;
  }

  @Override
  public boolean shouldUseTransaction() {
    return false;
  }

  @Override
  public boolean shouldUsePreallocation() {
    return true;
  }

  @Override
  public void onConnect() {
    // nothing to prepare: each block is taken on a connection of its own
  }

  @Override
  public void onDisconnect() {
    // nothing held
  }
}
