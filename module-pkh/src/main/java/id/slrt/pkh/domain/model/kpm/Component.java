package id.slrt.pkh.domain.model.kpm;

/**
 * A PKH component: what makes a family member count for the program. The order is the order in
 * which components count when a family has more than {@link Components#MAX_COUNTED}.
 */
public enum Component {
  IBU_HAMIL,
  ANAK_USIA_DINI,
  DISABILITAS_BERAT,
  LANJUT_USIA,
  ANAK_SD,
  ANAK_SMP,
  ANAK_SMA
}
