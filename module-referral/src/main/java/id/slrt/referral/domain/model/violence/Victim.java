package id.slrt.referral.domain.model.violence;

import id.slrt.core.error.FieldErrors;
import java.time.LocalDate;
import java.time.Period;

/**
 * Who a violence case is about: a registered person (by person id, which a NIK resolves to), a
 * person P2TP2A knows by NIK and name who is not registered in intake, or someone who stays
 * anonymous (a first name or alias at most, never a NIK). A victim under 18 is a child: consent
 * then comes from a guardian or a best-interest decision ({@link Consent}).
 *
 * @param personId the registered person, else null
 * @param anonymous the victim keeps no identity in the case
 * @param alias what the managers call an anonymous victim (no NIK, no full name), optional
 * @param birthDate when known
 * @param declaredChild the manager's word that the victim is a child when the birth date is unknown
 */
public record Victim(
    Long personId, boolean anonymous, String alias, LocalDate birthDate, boolean declaredChild) {
  public static final int ADULT_AGE = 18;

  /** A registered person. */
  public static Victim person(long personId, LocalDate birthDate, boolean declaredChild) {
    return new Victim(personId, false, null, birthDate, declaredChild);
  }

  /** A person known by NIK and name to P2TP2A only, or not known yet (a hand-over without one). */
  public static Victim unregistered(LocalDate birthDate, boolean declaredChild) {
    return new Victim(null, false, null, birthDate, declaredChild);
  }

  /**
   * An anonymous victim; {@code nikGiven} says whether the caller sent a NIK or person id as well,
   * which is refused (an anonymous case keeps no identity).
   */
  public static Victim anonymous(
      String alias,
      LocalDate birthDate,
      boolean declaredChild,
      boolean nikGiven,
      FieldErrors errors) {
    if (nikGiven) {
      errors.add("victim.anonymous", "violence.victim.anonymousWithIdentity");
    }
    String a = alias == null || alias.isBlank() ? null : alias.trim();
    return new Victim(null, true, a, birthDate, declaredChild);
  }

  /** Under 18 on {@code day} by the birth date, or declared a child when it is unknown. */
  public boolean childOn(LocalDate day) {
    return birthDate == null
        ? declaredChild
        : Period.between(birthDate, day).getYears() < ADULT_AGE;
  }
}
