package id.slrt.intake.domain.model.verivali;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a verivali proposal stands. The allowed moves:
 *
 * <pre>
 * DIUSULKAN    -> DIVERIFIKASI | DITOLAK     (after the home visit and the review)
 * DIVERIFIKASI -> DIKIRIM | DITOLAK          (entered into SIKS-NG by the operator)
 * DIKIRIM, DITOLAK: final
 * </pre>
 */
public enum ProposalStatus {
  DIUSULKAN,
  DIVERIFIKASI,
  DIKIRIM,
  DITOLAK;

  public Set<ProposalStatus> next() {
    return switch (this) {
      case DIUSULKAN -> EnumSet.of(DIVERIFIKASI, DITOLAK);
      case DIVERIFIKASI -> EnumSet.of(DIKIRIM, DITOLAK);
      case DIKIRIM, DITOLAK -> EnumSet.noneOf(ProposalStatus.class);
    };
  }
}
