package id.slrt.core.tenancy;

import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import java.time.ZoneId;
import java.util.Set;

/** Indonesia's three time zones, by province: WIB (Jakarta), WITA (Makassar), WIT (Jayapura). */
public final class TimeZones {
  private static final Set<String> WITA =
      Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76");

  private TimeZones() {}

  public static ZoneId of(RegionCode region) {
    String province = region.at(RegionLevel.PROVINCE).value();
    if (WITA.contains(province)) {
      return ZoneId.of("Asia/Makassar");
    }
    if (province.startsWith("8") || province.startsWith("9")) {
      return ZoneId.of("Asia/Jayapura");
    }
    return ZoneId.of("Asia/Jakarta");
  }
}
