package id.slrt.referral.domain.model.violence;

/** Where a case came from: a Puskesos officer's record, a KLIK violence desk, or P2TP2A itself. */
public enum CaseChannel {
  PUSKESOS,
  KLIK,
  P2TP2A
}
