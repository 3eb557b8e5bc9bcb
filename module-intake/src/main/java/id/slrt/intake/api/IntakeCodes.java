package id.slrt.intake.api;

import id.slrt.intake.domain.model.household.Disability;
import id.slrt.intake.domain.model.household.Education;
import id.slrt.intake.domain.model.household.MaritalStatus;
import id.slrt.intake.domain.model.household.Relationship;
import id.slrt.intake.domain.model.klik.Desk;
import id.slrt.intake.domain.model.need.NeedCategory;
import id.slrt.intake.domain.model.need.Pmks;
import java.util.Arrays;
import java.util.List;

/** The code lists of household and member data, for screens and clients (labels are theirs). */
public final class IntakeCodes {
  private IntakeCodes() {}

  public static List<String> relationships() {
    return names(Relationship.values());
  }

  public static List<String> educations() {
    return names(Education.values());
  }

  public static List<String> disabilities() {
    return names(Disability.values());
  }

  public static List<String> maritalStatuses() {
    return names(MaritalStatus.values());
  }

  /** Every desk a KLIK can open, the four defaults first. */
  public static List<String> desks() {
    return names(Desk.values());
  }

  /** The desks a new KLIK opens unless told otherwise. */
  public static List<String> defaultDesks() {
    return Desk.DEFAULTS.stream().map(Enum::name).toList();
  }

  /** Categories of needs and complaints. */
  public static List<String> needCategories() {
    return names(NeedCategory.values());
  }

  /** The 26 PMKS codes of Permensos 08/2012. */
  public static List<String> pmks() {
    return names(Pmks.values());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
