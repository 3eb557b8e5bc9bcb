package id.slrt.referral.domain.model.violence;

import java.util.Collection;

/**
 * A violence case's status, following from the phases of the steps done: new until handling starts,
 * in handling, terminated, then under monitoring when a monitoring step is recorded after the
 * termination.
 */
public enum CaseStatus {
  BARU,
  DITANGANI,
  DITERMINASI,
  DIPANTAU;

  /** The status after these steps, in the order they were done. */
  public static CaseStatus after(Collection<StepPhase> done) {
    CaseStatus status = BARU;
    for (StepPhase phase : done) {
      status =
          switch (phase) {
            case PENERIMAAN -> status;
            case PENANGANAN -> status == BARU ? DITANGANI : status;
            case TERMINASI -> DITERMINASI;
            case PEMANTAUAN -> status == DITERMINASI || status == DIPANTAU ? DIPANTAU : status;
          };
    }
    return status;
  }

  /** Whether steps of handling may still be added: not once the case was terminated. */
  public boolean acceptsHandling() {
    return this == BARU || this == DITANGANI;
  }
}
