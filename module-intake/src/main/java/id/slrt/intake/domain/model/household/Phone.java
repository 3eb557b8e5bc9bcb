package id.slrt.intake.domain.model.household;

import id.slrt.core.identity.InvalidIdentifierException;

/**
 * A phone or WhatsApp number for follow-up, kept as typed but tidied: digits with an optional
 * leading +, 8 to 15 digits (Indonesian mobiles are 10-13 digits with the leading 0 or +62).
 */
public final class Phone {
  private Phone() {}

  /**
   * The tidied number, or null when nothing was given.
   *
   * @throws InvalidIdentifierException {@code phone.format} when it is not a phone number
   */
  public static String parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String tidy = raw.strip().replaceAll("[\\s.()-]", "");
    if (!tidy.matches("\\+?\\d{8,15}")) {
      throw new InvalidIdentifierException("phone.format");
    }
    return tidy;
  }
}
