package id.slrt.core.tenancy;

import id.slrt.core.persistence.IdBlockAllocator;
import id.slrt.core.persistence.IdBlockSequence;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * One EntityManagerFactory per tenant, each over its tenant's own JTA connection pool and with its
 * own EclipseLink session (hence its own second-level cache: nothing is cached across tenants). The
 * persistence unit is assembled from the entity classes every module announces.
 */
@ApplicationScoped
public class TenantPersistence {
  private static final String ECLIPSELINK = "org.eclipse.persistence.jpa.PersistenceProvider";

  @Inject IdBlockAllocator idBlocks;

  private final ConcurrentMap<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();
  private volatile List<TenantModule> modules;
  private volatile ClassLoader classLoader;

  /** Called once at start-up with the application's class loader, which sees every module. */
  public void init(ClassLoader applicationClassLoader) {
    this.classLoader = applicationClassLoader;
    this.modules = Migrations.modules(applicationClassLoader);
  }

  public List<TenantModule> modules() {
    if (modules == null) {
      init(Thread.currentThread().getContextClassLoader());
    }
    return modules;
  }

  public EntityManagerFactory factory(Tenant tenant) {
    return factories.computeIfAbsent(tenant.slug(), slug -> create(tenant));
  }

  private EntityManagerFactory create(Tenant tenant) {
    DataSource dataSource = PlatformDataSource.lookup(tenant.jndiName());
    List<String> classes =
        modules().stream().flatMap(m -> m.entityClasses().stream()).map(Class::getName).toList();
    TenantPersistenceUnitInfo info =
        new TenantPersistenceUnitInfo(
            "slrt-" + tenant.slug(),
            ECLIPSELINK,
            dataSource,
            classes,
            classLoader,
            modules().get(modules().size() - 1).getClass());
    Map<String, Object> properties = new HashMap<>();
    properties.put("eclipselink.session-name", "slrt-tenant-" + tenant.slug());
    properties.put("eclipselink.target-server", "Glassfish");
    properties.put("eclipselink.target-database", "MySQL");
    properties.put("eclipselink.weaving", "false");
    properties.put("eclipselink.ddl-generation", "none");
    properties.put("eclipselink.logging.level", "WARNING");
    properties.put("eclipselink.logging.parameters", "false");
    properties.put("eclipselink.jdbc.batch-writing", "JDBC");
    // entities whose ids come from id_block take them in blocks, outside the caller's transaction
    properties.put(
        "eclipselink.session.customizer", IdBlockSequence.installer(idBlocks, dataSource));
    modules().forEach(m -> properties.putAll(m.persistenceProperties()));
    return provider().createContainerEntityManagerFactory(info, properties);
  }

  private static PersistenceProvider provider() {
    return PersistenceProviderResolverHolder.getPersistenceProviderResolver()
        .getPersistenceProviders()
        .stream()
        .filter(p -> p.getClass().getName().equals(ECLIPSELINK))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("EclipseLink is not available"));
  }

  @PreDestroy
  void closeAll() {
    factories.values().forEach(EntityManagerFactory::close);
    factories.clear();
  }
}
