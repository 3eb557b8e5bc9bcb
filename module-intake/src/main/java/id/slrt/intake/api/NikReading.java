package id.slrt.intake.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a NIK says of its holder, for a screen to fill in what is still empty: the sex and the most
 * likely birth date; {@code disagreements} the message keys of what contradicts the sex and birth
 * date already entered (shown to the officer, never applied over what they chose).
 */
public record NikReading(
    String nik, String sex, LocalDate probableBirthDate, List<String> disagreements) {}
