package id.slrt.referral.application;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.error.ValidationException;
import id.slrt.core.security.AccessPolicy;
import id.slrt.core.text.Input;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The person a caller may refer: registered, still in the family, and in the caller's place. Anyone
 * else, outside the place included, is answered as not registered, under the field the caller named
 * them by.
 */
@ApplicationScoped
public class ReferablePeople {
  @Inject PersonDirectory people;
  @Inject AccessPolicy access;

  /** The person by NIK, else by person id; null with the reason added to {@code errors}. */
  public PersonCard find(String rawNik, Long personId, FieldErrors errors) {
    String nik = Input.clean(rawNik);
    Optional<PersonCard> found;
    String field;
    if (nik != null) {
      field = "nik";
      try {
        found = people.byNik(nik);
      } catch (ValidationException e) {
        errors.add("nik", "referral.nikInvalid");
        return null;
      }
    } else if (personId != null) {
      field = "personId";
      found = people.byId(personId);
    } else {
      errors.add("nik", "referral.personRequired");
      return null;
    }
    if (found.isEmpty() || !access.place().contains(found.get().address().villageCode())) {
      errors.add(field, "referral.personUnknown");
      return null;
    }
    if (!found.get().active()) {
      errors.add(field, "referral.personLeft");
      return null;
    }
    return found.get();
  }
}
