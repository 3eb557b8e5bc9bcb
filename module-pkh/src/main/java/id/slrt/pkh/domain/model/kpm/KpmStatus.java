package id.slrt.pkh.domain.model.kpm;

/**
 * Where a KPM is: in the program, graduated (with a {@link GraduationType}), or ended by the
 * program (pemberhentian, e.g. after warnings for non-compliance): kept apart from graduation.
 */
public enum KpmStatus {
  AKTIF,
  GRADUASI,
  KELUAR
}
