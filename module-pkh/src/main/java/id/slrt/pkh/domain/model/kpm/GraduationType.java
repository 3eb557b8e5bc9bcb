package id.slrt.pkh.domain.model.kpm;

/** How a family graduates from PKH. */
public enum GraduationType {
  /** No eligible component remains (a departure, age, school completed). */
  ALAMIAH,
  /** The family is now economically capable, by its own statement. */
  MANDIRI,
  /** The family built a business that grew, by its own statement. */
  SEJAHTERA_MANDIRI
}
