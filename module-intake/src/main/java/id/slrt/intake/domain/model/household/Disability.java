package id.slrt.intake.domain.model.household;

import id.slrt.core.text.Input;
import java.util.Optional;

/**
 * Kind of disability (UU 8/2016 on persons with disabilities); {@code GANDA} for more than one.
 * Absent when the person has none.
 */
public enum Disability {
  FISIK,
  INTELEKTUAL,
  MENTAL,
  SENSORIK_NETRA,
  SENSORIK_RUNGU,
  SENSORIK_WICARA,
  GANDA;

  public static Optional<Disability> parse(String raw) {
    return Input.code(Disability.class, raw);
  }
}
