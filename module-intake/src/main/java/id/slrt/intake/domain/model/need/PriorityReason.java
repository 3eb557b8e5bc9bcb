package id.slrt.intake.domain.model.need;

/**
 * Why a need is fast-tracked at the front office (Trenggalek's red queue card): pregnant women, the
 * elderly (60 and over), people with a disability and victims of violence.
 */
public enum PriorityReason {
  HAMIL,
  LANSIA,
  DISABILITAS,
  KORBAN_KEKERASAN
}
