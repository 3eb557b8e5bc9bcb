package id.slrt.intake.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Registered people as other modules see them (a referral's person, an agency's inbox): the {@link
 * PersonCard} only. Callers are other modules' services, which decide themselves who may see what;
 * these reads are not audited here, the calling service audits its own.
 */
public interface PersonDirectory {
  /**
   * @throws id.slrt.core.error.ValidationException when the NIK is malformed (field {@code nik})
   */
  Optional<PersonCard> byNik(String nik);

  Optional<PersonCard> byId(long personId);

  /** The cards of these people, by person id; unknown ids are left out. */
  Map<Long, PersonCard> byIds(Collection<Long> personIds);

  /**
   * The facts eligibility rules check, for the front office while referring: these include the
   * family's welfare status, which the caller must not pass on to an agency.
   */
  Optional<PersonFacts> facts(long personId);
}
