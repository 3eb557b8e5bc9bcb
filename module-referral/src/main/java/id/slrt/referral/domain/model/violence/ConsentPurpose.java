package id.slrt.referral.domain.model.violence;

/** What a consent lets leave P2TP2A, and for what. */
public enum ConsentPurpose {
  /** Social protection through SLRT (KIS, PKH, BPNT, RTLH, KUBE, KIP): the family's status read. */
  PERLINDUNGAN_SOSIAL,
  /** A service of another agency in the case's handling (health, legal aid, a safe house). */
  RUJUKAN_LAYANAN
}
