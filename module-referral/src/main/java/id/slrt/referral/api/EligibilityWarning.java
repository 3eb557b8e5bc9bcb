package id.slrt.referral.api;

import id.slrt.core.error.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A condition of the service that the person does not meet, or that cannot be told because it is
 * not recorded: for the officer while referring, never a refusal (the agency decides).
 *
 * @param code the message key, such as {@code referral.eligibility.tooOld}
 * @param args its arguments (ages, levels, desil)
 * @param message the text in the reader's language, filled in by {@link #localized}
 */
public record EligibilityWarning(String code, List<Object> args, String message) {

  public EligibilityWarning localized(Locale locale) {
    return new EligibilityWarning(code, args, Messages.get(locale, code, args.toArray()));
  }

  public static List<EligibilityWarning> localized(List<EligibilityWarning> list, Locale locale) {
    return list == null ? null : list.stream().map(w -> w.localized(locale)).toList();
  }
}
