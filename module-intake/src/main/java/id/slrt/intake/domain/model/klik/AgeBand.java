package id.slrt.intake.domain.model.klik;

/** A visitor's age as a KLIK registration desk asks it, without a birth date. */
public enum AgeBand {
  /** Under 18. */
  ANAK,
  /** 18 to 59. */
  DEWASA,
  /** 60 and over. */
  LANSIA
}
