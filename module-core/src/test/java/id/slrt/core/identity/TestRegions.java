package id.slrt.core.identity;

import java.util.Map;
import java.util.Optional;

/** A small region table for tests: Karawang Barat and one of its kelurahan, and Maros. */
public final class TestRegions implements RegionDirectory {
  private final Map<String, String> names =
      Map.of(
          "32", "Jawa Barat",
          "32.15", "Kabupaten Karawang",
          "32.15.01", "Karawang Barat",
          "32.15.01.1001", "Karawang Kulon",
          "73.09", "Kabupaten Maros",
          "73.09.01", "Mandai",
          "73.09.01.1001", "Hasanuddin");

  @Override
  public boolean exists(RegionCode code) {
    return names.containsKey(code.value());
  }

  @Override
  public Optional<String> name(RegionCode code) {
    return Optional.ofNullable(names.get(code.value()));
  }
}
