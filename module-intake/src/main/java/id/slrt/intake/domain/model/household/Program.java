package id.slrt.intake.domain.model.household;

/**
 * The social protection programs a family or a person may already receive. Some are the family's
 * (PKH, BPNT/Sembako, RTLH, KUBE), some a person's (KIS/PBI, KIP).
 */
public enum Program {
  /** Program Keluarga Harapan, conditional cash transfer: the family's. */
  PKH(false),
  /** Bantuan Pangan Non Tunai / Sembako, food aid: the family's. */
  BPNT(false),
  /** Kartu Indonesia Sehat, health insurance paid by the state (PBI): a person's. */
  KIS_PBI(true),
  /** Kartu Indonesia Pintar, school aid: a pupil's. */
  KIP(true),
  /** Rumah Tidak Layak Huni, house renovation: the family's. */
  RTLH(false),
  /** Kelompok Usaha Bersama, joint business group: the family's. */
  KUBE(false);

  private final boolean personal;

  Program(boolean personal) {
    this.personal = personal;
  }

  /** Whether the program is received by a person (who must then be named) rather than a family. */
  public boolean personal() {
    return personal;
  }
}
