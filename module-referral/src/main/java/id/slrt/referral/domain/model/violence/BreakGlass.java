package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;

/**
 * A district admin reading a sealed case in an emergency ("breaking the glass"): allowed only with
 * a written reason, which is kept with the case and shown to its managers at once.
 */
public final class BreakGlass {
  /** A reason says what the emergency is: a word or two is not one. */
  public static final int MIN_REASON = 20;

  public static final int MAX_REASON = 1000;

  private BreakGlass() {}

  public static void checkReason(String reason, FieldErrors errors) {
    if (reason == null || reason.length() < MIN_REASON) {
      errors.add("reason", "violence.breakGlass.reasonRequired", MIN_REASON);
    } else if (reason.length() > MAX_REASON) {
      errors.add("reason", "text.tooLong", MAX_REASON);
    }
  }
}
