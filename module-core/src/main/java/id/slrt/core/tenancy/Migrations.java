package id.slrt.core.tenancy;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs Flyway: the platform schema's migrations, and every module's migrations on a tenant schema,
 * each module with its own history table. Used by the server at start-up and by the launcher when
 * it adds a tenant, so both apply exactly the same scripts.
 */
public final class Migrations {
  public static final String PLATFORM_LOCATION = "classpath:db/migration/platform";
  public static final String PLATFORM_HISTORY = "flyway_history_platform";

  private Migrations() {}

  /** The modules present on the given class loader, in migration order. */
  public static List<TenantModule> modules(ClassLoader classLoader) {
    return ServiceLoader.load(TenantModule.class, classLoader).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(TenantModule::order))
        .toList();
  }

  public static void migratePlatform(DataSource platform) {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(platform)
        .locations(PLATFORM_LOCATION)
        .table(PLATFORM_HISTORY)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** Brings a tenant schema up to date with every module's migrations. */
  public static void migrateTenant(DataSource tenant, List<TenantModule> modules) {
    for (TenantModule module : modules) {
      Flyway.configure(module.getClass().getClassLoader())
          .dataSource(tenant)
          .locations(module.migrationLocation())
          .table(module.historyTable())
          // every module shares the schema: its history table is the only marker of its state
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
  }
}
