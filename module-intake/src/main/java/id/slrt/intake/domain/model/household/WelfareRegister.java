package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/**
 * The unified welfare database a status comes from: DTKS (Data Terpadu Kesejahteraan Sosial) or,
 * since 2025, DTSEN, which ranks families into ten desil.
 */
public enum WelfareRegister {
  DTKS,
  DTSEN;

  public static Optional<WelfareRegister> parse(String raw) {
    return Input.code(WelfareRegister.class, raw);
  }
}
