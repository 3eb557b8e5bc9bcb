package id.slrt.referral.domain.model.service;

import id.slrt.core.error.FieldErrors;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a service asks of the person that the system can check: an age range, a sex, the education
 * completed (the level before the one a scholarship pays for) and the highest DTSEN desil. A
 * service's other conditions are its notes, for the officer to read. A failed check is a warning to
 * the officer while referring, never a refusal: the agency decides eligibility.
 */
@Embeddable
public class Eligibility {
  /** The education levels of the family card, as intake records them. */
  public static final Set<String> EDUCATION_LEVELS =
      Set.of(
          "TIDAK_BELUM_SEKOLAH",
          "BELUM_TAMAT_SD",
          "SD",
          "SMP",
          "SMA",
          "DIPLOMA_I_II",
          "DIPLOMA_III",
          "DIPLOMA_IV_S1",
          "S2",
          "S3");

  @Column(name = "min_age")
  private Integer minAge;

  @Column(name = "max_age")
  private Integer maxAge;

  @Column(name = "sex", length = 1)
  private String sex;

  @Column(name = "education_completed", length = 20)
  private String educationCompleted;

  @Column(name = "max_desil")
  private Integer maxDesil;

  protected Eligibility() {}

  public Eligibility(
      Integer minAge, Integer maxAge, String sex, String educationCompleted, Integer maxDesil) {
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.sex = sex;
    this.educationCompleted = educationCompleted;
    this.maxDesil = maxDesil;
  }

  /**
   * Checks the constraints, adding every problem to {@code errors} under the fields {@code minAge},
   * {@code maxAge}, {@code sex}, {@code educationCompleted} and {@code maxDesil}.
   */
  public static void check(
      Integer minAge,
      Integer maxAge,
      String sex,
      String educationCompleted,
      Integer maxDesil,
      FieldErrors errors) {
    if (minAge != null && (minAge < 0 || minAge > 120)) {
      errors.add("minAge", "service.ageRange");
    }
    if (maxAge != null && (maxAge < 0 || maxAge > 120)) {
      errors.add("maxAge", "service.ageRange");
    }
    if (minAge != null && maxAge != null && minAge > maxAge) {
      errors.add("maxAge", "service.ageOrder");
    }
    if (sex != null && !sex.equals("M") && !sex.equals("F")) {
      errors.add("sex", "service.sexInvalid");
    }
    if (educationCompleted != null && !EDUCATION_LEVELS.contains(educationCompleted)) {
      errors.add("educationCompleted", "service.educationInvalid");
    }
    if (maxDesil != null && (maxDesil < 1 || maxDesil > 10)) {
      errors.add("maxDesil", "service.desilRange");
    }
  }

  /**
   * What the person does not meet, or what cannot be told because it is not recorded: message keys
   * with their arguments, for the officer.
   */
  public List<Warning> warnings(Applicant person, LocalDate today) {
    List<Warning> warnings = new ArrayList<>();
    if (minAge != null || maxAge != null) {
      if (person.birthDate() == null) {
        warnings.add(new Warning("referral.eligibility.ageUnknown"));
      } else {
        int age = Period.between(person.birthDate(), today).getYears();
        if (minAge != null && age < minAge) {
          warnings.add(new Warning("referral.eligibility.tooYoung", age, minAge));
        }
        if (maxAge != null && age > maxAge) {
          warnings.add(new Warning("referral.eligibility.tooOld", age, maxAge));
        }
      }
    }
    if (sex != null && !sex.equals(person.sex())) {
      warnings.add(new Warning("referral.eligibility.sex." + sex));
    }
    if (educationCompleted != null && !educationCompleted.equals(person.education())) {
      warnings.add(
          person.education() == null
              ? new Warning("referral.eligibility.educationUnknown", educationCompleted)
              : new Warning(
                  "referral.eligibility.education", educationCompleted, person.education()));
    }
    if (maxDesil != null) {
      if (Boolean.FALSE.equals(person.dtsenRegistered())) {
        warnings.add(new Warning("referral.eligibility.notInDtsen"));
      } else if (person.desil() == null) {
        warnings.add(new Warning("referral.eligibility.desilUnknown", maxDesil));
      } else if (person.desil() > maxDesil) {
        warnings.add(new Warning("referral.eligibility.desilAbove", person.desil(), maxDesil));
      }
    }
    return warnings;
  }

  public Integer minAge() {
    return minAge;
  }

  public Integer maxAge() {
    return maxAge;
  }

  public String sex() {
    return sex;
  }

  public String educationCompleted() {
    return educationCompleted;
  }

  public Integer maxDesil() {
    return maxDesil;
  }

  /**
   * The facts of a person the constraints look at.
   *
   * @param sex {@code M} or {@code F}
   * @param education the highest education completed (a family-card level), null if unknown
   * @param dtsenRegistered the family's latest DTSEN status, null when none is recorded
   * @param desil the family's DTSEN desil, null when unknown
   */
  public record Applicant(
      LocalDate birthDate, String sex, String education, Boolean dtsenRegistered, Integer desil) {}

  /** One unmet or unknown condition: a message key and its arguments. */
  public record Warning(String key, List<Object> args) {
    public Warning(String key, Object... args) {
      this(key, List.of(args));
    }
  }
}
