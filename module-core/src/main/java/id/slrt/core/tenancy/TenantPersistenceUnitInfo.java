package id.slrt.core.tenancy;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/** The persistence unit of one tenant, built in code rather than read from persistence.xml. */
final class TenantPersistenceUnitInfo implements PersistenceUnitInfo {
  private final String name;
  private final String provider;
  private final DataSource dataSource;
  private final List<String> classes;
  private final ClassLoader classLoader;
  private final URL root;

  TenantPersistenceUnitInfo(
      String name,
      String provider,
      DataSource dataSource,
      List<String> classes,
      ClassLoader classLoader,
      Class<?> rootClass) {
    this.name = name;
    this.provider = provider;
    this.dataSource = dataSource;
    this.classes = List.copyOf(classes);
    this.classLoader = classLoader;
    this.root = rootClass.getProtectionDomain().getCodeSource().getLocation();
  }

  @Override
  public String getPersistenceUnitName() {
    return name;
  }

  @Override
  public String getPersistenceProviderClassName() {
    return provider;
  }

  @Override
  public PersistenceUnitTransactionType getTransactionType() {
    return PersistenceUnitTransactionType.JTA;
  }

  @Override
  public DataSource getJtaDataSource() {
    return dataSource;
  }

  @Override
  public DataSource getNonJtaDataSource() {
    return null;
  }

  @Override
  public List<String> getMappingFileNames() {
    return List.of();
  }

  @Override
  public List<URL> getJarFileUrls() {
    return List.of();
  }

  @Override
  public URL getPersistenceUnitRootUrl() {
    return root;
  }

  @Override
  public List<String> getManagedClassNames() {
    return classes;
  }

  @Override
  public boolean excludeUnlistedClasses() {
    return true;
  }

  @Override
  public SharedCacheMode getSharedCacheMode() {
    return SharedCacheMode.ENABLE_SELECTIVE;
  }

  @Override
  public ValidationMode getValidationMode() {
    return ValidationMode.NONE;
  }

  @Override
  public Properties getProperties() {
    return new Properties();
  }

  @Override
  public String getPersistenceXMLSchemaVersion() {
    return "3.1";
  }

  @Override
  public ClassLoader getClassLoader() {
    return classLoader;
  }

  @Override
  public void addTransformer(ClassTransformer transformer) {
    // no weaving: entities are used as compiled
  }

  @Override
  public ClassLoader getNewTempClassLoader() {
    return classLoader;
  }
}
