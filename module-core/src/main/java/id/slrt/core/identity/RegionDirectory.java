package id.slrt.core.identity;

import java.util.Optional;

/** Answers whether a region code exists and what it is called (the versioned region table). */
public interface RegionDirectory {

  boolean exists(RegionCode code);

  Optional<String> name(RegionCode code);
}
