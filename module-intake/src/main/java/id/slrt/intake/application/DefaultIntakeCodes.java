package id.slrt.intake.application;

import id.slrt.intake.api.IntakeCodes;
import id.slrt.intake.domain.model.household.Disability;
import id.slrt.intake.domain.model.household.Education;
import id.slrt.intake.domain.model.household.FemaleHeadReason;
import id.slrt.intake.domain.model.household.IdentityDocument;
import id.slrt.intake.domain.model.household.MaritalStatus;
import id.slrt.intake.domain.model.household.Program;
import id.slrt.intake.domain.model.household.Relationship;
import id.slrt.intake.domain.model.klik.AgeBand;
import id.slrt.intake.domain.model.klik.Desk;
import id.slrt.intake.domain.model.klik.DeskResult;
import id.slrt.intake.domain.model.klik.IdentityService;
import id.slrt.intake.domain.model.klik.OrganizerType;
import id.slrt.intake.domain.model.need.Channel;
import id.slrt.intake.domain.model.need.NeedCategory;
import id.slrt.intake.domain.model.need.NeedStatus;
import id.slrt.intake.domain.model.need.Outcome;
import id.slrt.intake.domain.model.need.Pmks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** The code lists, straight from the domain's enums. */
@ApplicationScoped
public class DefaultIntakeCodes implements IntakeCodes {

  @Override
  public List<String> relationships() {
    return names(Relationship.values());
  }

  @Override
  public List<String> educations() {
    return names(Education.values());
  }

  @Override
  public List<String> disabilities() {
    return names(Disability.values());
  }

  @Override
  public List<String> maritalStatuses() {
    return names(MaritalStatus.values());
  }

  @Override
  public List<String> identityServices() {
    return names(IdentityService.values());
  }

  @Override
  public List<String> deskResults() {
    return names(DeskResult.values());
  }

  @Override
  public List<String> organizerTypes() {
    return names(OrganizerType.values());
  }

  @Override
  public List<String> ageBands() {
    return names(AgeBand.values());
  }

  @Override
  public List<String> channels() {
    return names(Channel.values());
  }

  @Override
  public List<String> outcomes() {
    return names(Outcome.values());
  }

  @Override
  public List<String> programs() {
    return names(Program.values());
  }

  @Override
  public List<String> documents() {
    return names(IdentityDocument.values());
  }

  @Override
  public List<String> femaleHeadReasons() {
    return names(FemaleHeadReason.values());
  }

  @Override
  public List<String> desks() {
    return names(Desk.values());
  }

  @Override
  public List<String> identityDesks() {
    return Arrays.stream(Desk.values()).filter(Desk::handlesIdentity).map(Enum::name).toList();
  }

  @Override
  public List<String> confidentialDesks() {
    return Arrays.stream(Desk.values()).filter(Desk::isSealed).map(Enum::name).toList();
  }

  @Override
  public List<String> defaultDesks() {
    return Desk.DEFAULTS.stream().map(Enum::name).toList();
  }

  @Override
  public List<String> needStatuses() {
    return names(NeedStatus.values());
  }

  @Override
  public List<String> openNeedStatuses() {
    return java.util.Arrays.stream(NeedStatus.values())
        .filter(NeedStatus::isOpen)
        .map(Enum::name)
        .toList();
  }

  @Override
  public List<String> needCategories() {
    return names(NeedCategory.values());
  }

  @Override
  public List<String> pmks() {
    return names(Pmks.values());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
