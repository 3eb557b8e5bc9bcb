package id.slrt.core.identity;

/** The four levels of Indonesia's administrative regions, by the length of their code. */
public enum RegionLevel {
  PROVINCE(1),
  REGENCY(2),
  DISTRICT(3),
  VILLAGE(4);

  private final int parts;

  RegionLevel(int parts) {
    this.parts = parts;
  }

  public int parts() {
    return parts;
  }
}
