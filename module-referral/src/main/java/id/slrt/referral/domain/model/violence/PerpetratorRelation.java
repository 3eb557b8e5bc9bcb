package id.slrt.referral.domain.model.violence;

/** Who the perpetrator is to the victim, as P2TP2A's forms ask it. */
public enum PerpetratorRelation {
  SUAMI_ISTRI,
  MANTAN_PASANGAN,
  PACAR,
  ORANG_TUA,
  ORANG_TUA_TIRI,
  SAUDARA_KANDUNG,
  KERABAT_LAIN,
  TETANGGA,
  TEMAN,
  GURU_PENGASUH,
  MAJIKAN_REKAN_KERJA,
  TIDAK_DIKENAL,
  LAINNYA
}
