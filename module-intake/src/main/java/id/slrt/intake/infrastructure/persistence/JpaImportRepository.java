package id.slrt.intake.infrastructure.persistence;

import id.slrt.core.paging.PageRequest;
import id.slrt.core.tenancy.TenantDb;
import id.slrt.intake.domain.model.imports.ImportJob;
import id.slrt.intake.domain.model.imports.ImportReject;
import id.slrt.intake.domain.model.imports.ImportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Imports in the current tenant's schema. */
@ApplicationScoped
public class JpaImportRepository implements ImportRepository {
  @Inject @TenantDb EntityManager em;

  @Override
  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  @Override
  public Optional<ImportJob> findForUpdate(long id) {
    return Optional.ofNullable(
        em.find(ImportJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void store(ImportJob job) {
    em.persist(job);
    em.flush();
  }

  @Override
  public void storeReject(ImportReject reject) {
    em.persist(reject);
  }

  @Override
  public List<ImportJob> list(PageRequest page) {
    return em.createQuery("SELECT j FROM ImportJob j ORDER BY j.id DESC", ImportJob.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(j) FROM ImportJob j", Long.class).getSingleResult();
  }

  @Override
  public List<ImportReject> rejects(long jobId, long afterLine, int max) {
    return em.createQuery(
            "SELECT r FROM ImportReject r WHERE r.jobId = :job AND r.line > :after"
                + " ORDER BY r.line",
            ImportReject.class)
        .setParameter("job", jobId)
        .setParameter("after", afterLine)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<ImportReject> rejects(long jobId, PageRequest page) {
    return em.createQuery(
            "SELECT r FROM ImportReject r WHERE r.jobId = :job ORDER BY r.line", ImportReject.class)
        .setParameter("job", jobId)
        .setFirstResult(page.offset())
        .setMaxResults(page.size())
        .getResultList();
  }

  @Override
  public long countRejects(long jobId) {
    return em.createQuery("SELECT COUNT(r) FROM ImportReject r WHERE r.jobId = :job", Long.class)
        .setParameter("job", jobId)
        .getSingleResult();
  }
}
