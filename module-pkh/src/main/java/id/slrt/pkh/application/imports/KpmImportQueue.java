package id.slrt.pkh.application.imports;

import id.slrt.core.security.PkhScope;
import id.slrt.core.security.Role;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands KPM imports to the server's managed executor, and knows which are queued or running in this
 * server, so that one a restart stopped is reported as stopped.
 */
@ApplicationScoped
public class KpmImportQueue {
  private static final Logger LOG = Logger.getLogger(KpmImportQueue.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject KpmImportWorker worker;
  @Inject TenantRunner runner;

  private final Set<String> active = ConcurrentHashMap.newKeySet();

  /**
   * Queues an import. It runs as the district's PKH import user, district-wide like the district
   * office, and refuses every row outside {@code scope}, the uploader's. The managed executor
   * carries the uploader's container security context to the task, so the role checks of the use
   * cases it calls (enrolment) are the uploader's: an import never does what its uploader may not.
   */
  public void submit(Tenant tenant, long jobId, Path file, PkhScope scope) {
    String key = key(tenant, jobId);
    active.add(key);
    try {
      executor.execute(
          () -> {
            try {
              var user = TenantRunner.systemUser("impor-kpm", tenant, Set.of(Role.ADMIN_KABUPATEN));
              runner.run(tenant, user, () -> worker.run(tenant, jobId, file, scope));
            } catch (RuntimeException e) {
              LOG.log(Level.SEVERE, "KPM import " + jobId + " of " + tenant.slug() + " failed", e);
            } finally {
              active.remove(key);
            }
          });
    } catch (RuntimeException e) {
      active.remove(key);
      throw e;
    }
  }

  public boolean isActive(Tenant tenant, long jobId) {
    return active.contains(key(tenant, jobId));
  }

  private static String key(Tenant tenant, long jobId) {
    return tenant.slug() + ":" + jobId;
  }
}
