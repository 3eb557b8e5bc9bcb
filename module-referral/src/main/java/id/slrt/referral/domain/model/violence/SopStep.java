package id.slrt.referral.domain.model.violence;

import java.util.List;

/**
 * A step of the district's SOP for violence cases: a code, its name as the managers read it, and
 * its phase. {@link #DEFAULTS} are the steps a district starts with (the P2TP2A SOP of the
 * integration in Maros and Kendal); the district edits its own.
 */
public record SopStep(String code, String name, StepPhase phase) {

  public static final List<SopStep> DEFAULTS =
      List.of(
          new SopStep("PENGADUAN", "Pengaduan diterima", StepPhase.PENERIMAAN),
          new SopStep("ASESMEN", "Asesmen", StepPhase.PENANGANAN),
          new SopStep("PENJANGKAUAN", "Penjangkauan", StepPhase.PENANGANAN),
          new SopStep("LAYANAN_KESEHATAN", "Layanan kesehatan / visum", StepPhase.PENANGANAN),
          new SopStep("PSIKOSOSIAL", "Pendampingan psikososial", StepPhase.PENANGANAN),
          new SopStep("BANTUAN_HUKUM", "Bantuan dan pendampingan hukum", StepPhase.PENANGANAN),
          new SopStep("MEDIASI", "Mediasi", StepPhase.PENANGANAN),
          new SopStep("RUMAH_AMAN", "Rumah aman / shelter", StepPhase.PENANGANAN),
          new SopStep("REINTEGRASI", "Reintegrasi sosial", StepPhase.PENANGANAN),
          new SopStep("TERMINASI", "Terminasi kasus", StepPhase.TERMINASI),
          new SopStep("PEMANTAUAN", "Pemantauan", StepPhase.PEMANTAUAN));
}
