package id.slrt.referral.domain.model.violence;

/**
 * Where a step of the district's SOP stands in a case's handling. The district names and orders its
 * own steps; each step says which phase it belongs to, and the case's status follows from the
 * phases done ({@link CaseStatus#after}).
 */
public enum StepPhase {
  /** The complaint received (pengaduan). */
  PENERIMAAN,
  /**
   * Assessment, outreach, medical, psychosocial, legal aid, mediation, safe house, reintegration.
   */
  PENANGANAN,
  /** The case closed by the manager (terminasi). */
  TERMINASI,
  /** Monitoring after termination. */
  PEMANTAUAN
}
