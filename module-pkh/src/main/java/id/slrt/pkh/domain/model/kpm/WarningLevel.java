package id.slrt.pkh.domain.model.kpm;

/** The warnings a family gets for missing its commitment, in this order. */
public enum WarningLevel {
  PERTAMA,
  KEDUA,
  TERAKHIR
}
