package id.slrt.core.tenancy;

import java.util.List;

/**
 * What a module contributes to every tenant schema: its Flyway migrations (with a history table of
 * its own) and its JPA entities. Modules announce themselves through {@link
 * java.util.ServiceLoader} ({@code META-INF/services/id.slrt.core.tenancy.TenantModule}), so the
 * launcher and the server find the same list.
 */
public interface TenantModule {

  /** Short name: {@code core}, {@code intake}, {@code referral}... */
  String name();

  /** Migrations run in ascending order of this number (a module's views need its peers' tables). */
  int order();

  /** The entity classes this module maps into a tenant schema. */
  List<Class<?>> entityClasses();

  default String migrationLocation() {
    return "classpath:db/migration/" + name();
  }

  default String historyTable() {
    return "flyway_history_" + name();
  }

  /**
   * Persistence-unit properties the module adds to every tenant's unit, such as an EclipseLink
   * descriptor customizer ({@code eclipselink.descriptor.customizer.ENTITY}).
   */
  default java.util.Map<String, String> persistenceProperties() {
    return java.util.Map.of();
  }

  /**
   * Adds the module's starting rows from the district's seed folders ({@code config/seed/<slug>/}
   * first, then {@code config/seed/national/}; a row of the district's own folder wins), after the
   * schema is migrated and the organisation seeded. Only what is missing is added, so it runs at
   * every start.
   *
   * @return how many rows were added
   */
  default int seed(java.util.List<java.nio.file.Path> folders, javax.sql.DataSource schema)
      throws java.io.IOException, java.sql.SQLException {
    return 0;
  }
}
