package id.slrt.pkh.domain.model.kpm;

import id.slrt.core.error.FieldErrors;
import java.util.Optional;

/**
 * A KPM's PKH participant number: 15 digits, the first four the regency that enrolled the family
 * ({@code 350304000200082}: 3503, Trenggalek). Only the structure can be checked here; the ministry
 * issues the numbers.
 */
public record ParticipantNumber(String value) {
  public static final int LENGTH = 15;

  public ParticipantNumber {
    if (value == null || !value.matches("[0-9]{" + LENGTH + "}")) {
      throw new IllegalArgumentException("not a participant number");
    }
  }

  /**
   * The number read from what was typed (spaces and dots dropped), checked against the district's
   * regency code ({@code 3503}); a refusal goes to {@code field}.
   */
  public static Optional<ParticipantNumber> read(
      String raw, String regencyCompact, String field, FieldErrors errors) {
    String digits = raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
    if (digits.isEmpty()) {
      errors.add(field, "pkh.participantNumber.required");
      return Optional.empty();
    }
    if (!digits.matches("[0-9]{" + LENGTH + "}")) {
      errors.add(field, "pkh.participantNumber.format", LENGTH);
      return Optional.empty();
    }
    if (regencyCompact != null && !digits.startsWith(regencyCompact)) {
      errors.add(field, "pkh.participantNumber.otherDistrict", regencyCompact);
      return Optional.empty();
    }
    return Optional.of(new ParticipantNumber(digits));
  }

  /** The regency that enrolled the family (its first four digits). */
  public String regency() {
    return value.substring(0, 4);
  }

  @Override
  public String toString() {
    return value;
  }
}
