package id.slrt.intake.application;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.identity.Nik;
import id.slrt.core.region.Regions;
import id.slrt.intake.api.PersonCard;
import id.slrt.intake.api.PersonDirectory;
import id.slrt.intake.api.PersonFacts;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.HouseholdRepository;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.WelfareRegister;
import id.slrt.intake.domain.model.household.WelfareStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Intake's people for other modules, as {@link PersonCard}s. */
@Stateless
@PermitAll
public class DefaultPersonDirectory implements PersonDirectory {
  @Inject HouseholdRepository households;
  @Inject Regions regions;

  @Override
  public Optional<PersonCard> byNik(String nik) {
    FieldErrors errors = new FieldErrors();
    Nik parsed = errors.parse("nik", () -> Nik.parse(nik, regions));
    errors.throwIfAny();
    return households.findPerson(parsed).map(this::card);
  }

  @Override
  public Optional<PersonCard> byId(long personId) {
    return households.findPersonById(personId).map(this::card);
  }

  @Override
  public Map<Long, PersonCard> byIds(Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    return households.findPersonsById(personIds).stream()
        .map(this::card)
        .collect(Collectors.toMap(PersonCard::personId, Function.identity()));
  }

  @Override
  public Optional<PersonFacts> facts(long personId) {
    return households
        .findPersonById(personId)
        .map(
            p -> {
              List<WelfareStatus> history =
                  households.welfareHistory(p.household().id()).stream()
                      .filter(w -> !w.voided())
                      .toList();
              Optional<WelfareStatus> dtsen =
                  history.stream().filter(w -> w.register() == WelfareRegister.DTSEN).findFirst();
              Optional<WelfareStatus> latest = dtsen.or(() -> history.stream().findFirst());
              return new PersonFacts(
                  p.id(),
                  p.sex().name(),
                  p.birthDate(),
                  p.education().map(Enum::name).orElse(null),
                  latest.map(WelfareStatus::registered).orElse(null),
                  dtsen.flatMap(WelfareStatus::desil).orElse(null));
            });
  }

  private PersonCard card(Person p) {
    Household h = p.household();
    return new PersonCard(
        p.id(),
        p.nik() == null ? null : p.nik().value(),
        p.name(),
        p.sex().name(),
        p.birthDate(),
        p.dukcapilStatus().name(),
        p.isActive(),
        h.id(),
        h.kk() == null ? null : h.kk().value(),
        Addresses.details(h.address(), regions),
        p.phone().or(h::phone).orElse(null));
  }
}
