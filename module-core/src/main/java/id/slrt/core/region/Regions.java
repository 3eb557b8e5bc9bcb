package id.slrt.core.region;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.tenancy.PlatformDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The application's region directory: the in-memory {@link RegionCatalog}, loaded once. */
@ApplicationScoped
public class Regions implements RegionDirectory {
  @Inject PlatformDataSource platform;

  private volatile RegionCatalog catalog;

  public synchronized void load() {
    if (catalog == null) {
      try {
        catalog = RegionCatalog.load(platform.get());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot load the region table", e);
      }
    }
  }

  public RegionCatalog catalog() {
    if (catalog == null) {
      load();
    }
    return catalog;
  }

  @Override
  public boolean exists(RegionCode code) {
    return catalog().exists(code);
  }

  @Override
  public Optional<String> name(RegionCode code) {
    return catalog().name(code);
  }

  public List<Region> children(RegionCode parent) {
    return catalog().children(parent);
  }
}
