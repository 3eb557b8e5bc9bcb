package id.slrt.core.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The tenant EntityManagers of the current JTA transaction: created on first use, joined to the
 * transaction, closed when it ends. Kept as resources of the transaction in the transaction
 * synchronization registry, as a container keeps its own transaction-scoped persistence contexts.
 * (A {@code @TransactionScoped} bean did the same, but Payara's context for that scope looks the
 * registry up by JNDI at every call: 4.5 % of the server's samples under a registration load,
 * measured with ./slrt bench and JFR.)
 */
@ApplicationScoped
public class TransactionEntityManagers {
  @Inject TenantContext context;
  @Inject TenantPersistence persistence;

  @Resource TransactionSynchronizationRegistry registry;

  /** The key of a tenant's EntityManager among the transaction's resources. */
  private record Key(String tenant) {}

  EntityManager current() {
    if (registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      throw new ContextNotActiveException(
          "A tenant's EntityManager is used only inside a transaction");
    }
    Tenant tenant = context.require();
    Key key = new Key(tenant.slug());
    EntityManager em = (EntityManager) registry.getResource(key);
    if (em == null) {
      EntityManager created = persistence.factory(tenant).createEntityManager();
      created.joinTransaction();
      registry.putResource(key, created);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // EclipseLink writes the changes in its own synchronization
            }

            @Override
            public void afterCompletion(int status) {
              if (created.isOpen()) {
                created.close();
              }
            }
          });
      em = created;
    }
    return em;
  }
}
