package id.slrt.core.region;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.RegionLevel;

/**
 * The one rule for a place named in a district's records: a real village or kecamatan of the region
 * table, inside the district's regency. Households, KLIK events, units and users all go through it.
 */
public final class DistrictArea {
  private final RegionDirectory regions;
  private final RegionCode regency;
  private final String districtName;

  public DistrictArea(RegionDirectory regions, RegionCode regency, String districtName) {
    this.regions = regions;
    this.regency = regency;
    this.districtName = districtName;
  }

  /** A required village of the district, or null with the refusal recorded against the field. */
  public RegionCode village(String raw, String field, FieldErrors errors) {
    return place(raw, field, errors, RegionLevel.VILLAGE, "village", "village.notVillage");
  }

  /** A required kecamatan of the district, or null with the refusal recorded. */
  public RegionCode kecamatan(String raw, String field, FieldErrors errors) {
    return place(raw, field, errors, RegionLevel.DISTRICT, "kecamatan", "kecamatan.notKecamatan");
  }

  private RegionCode place(
      String raw,
      String field,
      FieldErrors errors,
      RegionLevel level,
      String key,
      String wrongLevel) {
    if (raw == null || raw.isBlank()) {
      errors.add(field, key + ".required");
      return null;
    }
    RegionCode code = errors.parse(field, () -> RegionCode.parse(raw));
    if (code == null) {
      return null;
    }
    if (code.level() != level) {
      errors.add(field, wrongLevel, code.value());
    } else if (!regions.exists(code)) {
      errors.add(field, key + ".unknown", code.value());
    } else if (!code.isWithin(regency)) {
      errors.add(field, key + ".otherRegency", code.value(), districtName);
    } else {
      return code;
    }
    return null;
  }
}
