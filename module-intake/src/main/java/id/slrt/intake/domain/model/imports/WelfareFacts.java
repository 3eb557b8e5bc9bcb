package id.slrt.intake.domain.model.imports;

import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.household.WelfareStatus;
import java.time.LocalDate;
import java.util.Objects;

/** A welfare status as a DTKS/DTSEN file states it, already checked. */
public record WelfareFacts(
    WelfareRegister register, boolean registered, Integer desil, String source, LocalDate asOf) {

  /** Whether a recorded snapshot says the same (so that importing it again adds nothing). */
  public boolean sameAs(WelfareStatus w) {
    return w.register() == register
        && w.registered() == registered
        && Objects.equals(w.desil().orElse(null), desil)
        && Objects.equals(w.source().orElse(null), source)
        && w.asOf().equals(asOf);
  }
}
