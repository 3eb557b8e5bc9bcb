package id.slrt.pkh.domain.model.p2k2;

/**
 * Where a session log stands: the one that counts for its group, module and session; a second,
 * different log of the same session waiting for the facilitator's decision; or one set aside by
 * that decision. Nothing is overwritten: a set-aside log stays.
 */
public enum LogState {
  TERCATAT,
  KONFLIK,
  DISISIHKAN
}
