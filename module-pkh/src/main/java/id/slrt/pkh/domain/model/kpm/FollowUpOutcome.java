package id.slrt.pkh.domain.model.kpm;

/** How a graduated family is doing at a follow-up. */
public enum FollowUpOutcome {
  /** Still standing on its own. */
  MANDIRI,
  /** Fell back: it may be referred back to PKH at once. */
  MENURUN
}
