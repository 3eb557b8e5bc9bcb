package id.slrt.referral.domain.model.violence;

/** Who consented: the victim, a guardian, or the manager's recorded best-interest decision. */
public enum ConsentGiver {
  KORBAN,
  WALI,
  KEPENTINGAN_TERBAIK
}
