package id.slrt.core.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The tenant EntityManagers of one JTA transaction: created on first use, joined to the
 * transaction, closed when it ends. (A transaction-scoped bean must be serializable; the
 * EntityManagers themselves are not, so they are held here rather than produced directly.)
 */
@TransactionScoped
public class TransactionEntityManagers implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantContext context;
  @Inject TenantPersistence persistence;

  private transient Map<String, EntityManager> open;

  EntityManager current() {
    if (open == null) {
      open = new HashMap<>(2);
    }
    Tenant tenant = context.require();
    return open.computeIfAbsent(
        tenant.slug(),
        slug -> {
          EntityManager em = persistence.factory(tenant).createEntityManager();
          em.joinTransaction();
          return em;
        });
  }

  @PreDestroy
  void closeAll() {
    if (open != null) {
      open.values().stream().filter(EntityManager::isOpen).forEach(EntityManager::close);
      open.clear();
    }
  }
}
