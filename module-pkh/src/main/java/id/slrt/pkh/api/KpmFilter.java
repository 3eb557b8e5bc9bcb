package id.slrt.pkh.api;

/** Optional conditions of a KPM list: a group, a status ({@code AKTIF}, ...). */
public record KpmFilter(String groupCode, String status) {
  public static KpmFilter any() {
    return new KpmFilter(null, null);
  }
}
