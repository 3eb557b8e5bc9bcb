package id.slrt.intake.application.imports;

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

/**
 * Hands imports to the server's managed executor and knows which are queued or running in this
 * server, so that an import left unfinished by a restart can be reported as stopped.
 */
@ApplicationScoped
public class ImportQueue {
  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(ImportQueue.class.getName());
  @Resource ManagedExecutorService executor;
  @Inject ImportWorker worker;
  @Inject TenantRunner runner;

  private final Set<String> active = ConcurrentHashMap.newKeySet();

  public void submit(Tenant tenant, long jobId, Path file, String by) {
    String key = key(tenant, jobId);
    active.add(key);
    try {
      executor.execute(
          () -> {
            try {
              // the district's import runs as its system user, on behalf of the uploader
              var user =
                  TenantRunner.systemUser(
                      "impor", tenant, Set.of(Role.ADMIN_KABUPATEN, Role.PETUGAS_PUSKESOS));
              runner.run(
                  tenant,
                  user,
                  () ->
                      worker.run(tenant, jobId, file, by, task -> runner.run(tenant, user, task)));
            } catch (RuntimeException e) {
              LOG.log(Level.SEVERE, "Import " + jobId + " of " + tenant.slug() + " did not run", e);
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
