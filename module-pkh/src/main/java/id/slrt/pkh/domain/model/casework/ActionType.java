package id.slrt.pkh.domain.model.casework;

/** What a facilitator did on a case. */
public enum ActionType {
  KUNJUNGAN_RUMAH,
  KUNJUNGAN_SEKOLAH,
  PENDAMPINGAN,
  KOMUNIKASI,
  LAINNYA
}
