package id.slrt.core.region;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Indonesia's region table held in memory (about 91,000 rows, a few megabytes): reference data that
 * never changes while the server runs, read once from {@code slrt_platform.region}. Checking a NIK
 * or a village therefore never opens a second database connection inside a tenant transaction.
 */
public final class RegionCatalog implements RegionDirectory {
  private final Map<RegionCode, String> names;
  private final Map<RegionCode, List<Region>> children;

  private RegionCatalog(Map<RegionCode, String> names, Map<RegionCode, List<Region>> children) {
    this.names = names;
    this.children = children;
  }

  public static RegionCatalog load(DataSource platform) throws SQLException {
    Map<RegionCode, String> names = new HashMap<>(128_000);
    Map<RegionCode, List<Region>> children = new HashMap<>(16_000);
    try (Connection c = platform.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT code, name FROM region")) {
      ps.setFetchSize(5000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RegionCode code = RegionCode.parse(rs.getString(1));
          String name = rs.getString(2);
          names.put(code, name);
          code.parent()
              .ifPresent(
                  p ->
                      children
                          .computeIfAbsent(p, k -> new ArrayList<>())
                          .add(new Region(code, name)));
        }
      }
    }
    children.values().forEach(list -> list.sort(Comparator.comparing(Region::name)));
    children.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new RegionCatalog(Map.copyOf(names), Map.copyOf(children));
  }

  @Override
  public boolean exists(RegionCode code) {
    return names.containsKey(code);
  }

  @Override
  public Optional<String> name(RegionCode code) {
    return Optional.ofNullable(names.get(code));
  }

  /** The regions one level below, sorted by name. */
  public List<Region> children(RegionCode parent) {
    return children.getOrDefault(parent, List.of());
  }

  public int size() {
    return names.size();
  }
}
