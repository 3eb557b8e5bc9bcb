package id.slrt.intake.domain.service;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.Sex;
import id.slrt.core.region.DistrictArea;
import id.slrt.core.text.Input;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.domain.model.household.Address;
import id.slrt.intake.domain.model.household.Disability;
import id.slrt.intake.domain.model.household.Education;
import id.slrt.intake.domain.model.household.FamilyRule;
import id.slrt.intake.domain.model.household.FamilyRulesBroken;
import id.slrt.intake.domain.model.household.FemaleHeadReason;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.IdentityDocument;
import id.slrt.intake.domain.model.household.MaritalStatus;
import id.slrt.intake.domain.model.household.MemberFacts;
import id.slrt.intake.domain.model.household.Phone;
import id.slrt.intake.domain.model.household.Relationship;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Turns a registration request into a {@link Household}, or refuses it with every broken rule named
 * by the field path the client sent ({@code members[0].nik}). No database is consulted here:
 * duplicates are the repository's question.
 */
public final class HouseholdRegistration {
  public static final int MAX_NAME = 100;
  public static final int MAX_STREET = 200;
  public static final int MAX_OCCUPATION = 100;
  public static final int MAX_DUSUN = 60;
  private static final Pattern RT_RW = Pattern.compile("\\d{1,3}");

  private final RegionDirectory regions;
  private final RegionCode tenantRegency;
  private final String tenantName;

  public HouseholdRegistration(
      RegionDirectory regions, RegionCode tenantRegency, String tenantName) {
    this.regions = regions;
    this.tenantRegency = tenantRegency;
    this.tenantName = tenantName;
  }

  /** The region table these rules check villages, NIKs and KKs against. */
  public RegionDirectory regions() {
    return regions;
  }

  /**
   * @throws id.slrt.core.error.ValidationException listing every refused field
   */
  public Household build(
      RegisterHousehold request,
      LocalDate today,
      Instant now,
      String by,
      LongSupplier provisionalKk) {
    FieldErrors errors = new FieldErrors();
    if (request == null) {
      errors.add("address.villageCode", "village.required");
      errors.add("members", "members.required");
      errors.throwIfAny();
    }
    // no No. KK: a family without a card of its own yet, registered under a provisional number
    boolean noCard = request.kk() == null || request.kk().isBlank();
    NomorKk kk = noCard ? null : errors.parse("kk", () -> NomorKk.parse(request.kk(), regions));
    String phone = errors.parse("phone", () -> Phone.parse(request.phone()));
    Address address = address(request.address(), errors);
    FemaleHeadReason reason =
        errors.code("femaleHeadReason", FemaleHeadReason.class, request.femaleHeadReason());
    List<MemberInput> members = request.members() == null ? List.of() : request.members();
    MemberFacts[] checked = new MemberFacts[members.size()];
    Set<Long> womenNamed = new java.util.LinkedHashSet<>();
    List<Set<IdentityDocument>> documents = new java.util.ArrayList<>();
    List<String> phones = new java.util.ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      checked[i] = member(members.get(i), "members[" + i + "]", today, errors);
      MemberInput in = members.get(i);
      String prefix = "members[" + i + "].";
      documents.add(in == null ? null : documents(in.documents(), prefix + "documents", errors));
      phones.add(in == null ? null : errors.parse(prefix + "phone", () -> Phone.parse(in.phone())));
      if (in != null && Boolean.TRUE.equals(in.headsFamily())) {
        womenNamed.add((long) i);
      }
    }
    boolean femaleHeaded =
        Boolean.TRUE.equals(request.femaleHeaded()) || reason != null || !womenNamed.isEmpty();
    Household.Headship headship =
        new Household.Headship(
            femaleHeaded, reason, null, Boolean.TRUE.equals(request.pekkaMember()));
    Household household = null;
    if (errors.isEmpty()) {
      try {
        Household.FamilyCard card =
            noCard
                ? Household.FamilyCard.notYet(provisionalKk.getAsLong())
                : Household.FamilyCard.of(kk);
        household =
            Household.register(
                card, address, headship, Arrays.asList(checked), womenNamed, now, by);
        household.phone(phone);
        for (int i = 0; i < checked.length; i++) {
          household.memberContact(household.members().get(i), documents.get(i), phones.get(i));
        }
      } catch (FamilyRulesBroken e) {
        refusals(e, errors);
      }
    } else if (members.isEmpty()) {
      errors.add("members", "members.required");
    }
    errors.throwIfAny();
    return household;
  }

  /**
   * The civil documents a person holds, from their codes; null when none were sent (unchanged), an
   * unknown code refused against {@code field}.
   */
  public static Set<IdentityDocument> documents(
      List<String> codes, String field, FieldErrors errors) {
    if (codes == null) {
      return null;
    }
    Set<IdentityDocument> held = java.util.EnumSet.noneOf(IdentityDocument.class);
    for (String code : codes) {
      IdentityDocument document = errors.code(field, IdentityDocument.class, code);
      if (document != null) {
        held.add(document);
      }
    }
    return held;
  }

  /** Puts each broken family rule of a registration beside the field the client sent. */
  private static void refusals(FamilyRulesBroken e, FieldErrors errors) {
    for (FamilyRulesBroken.Broken b : e.broken()) {
      String member = b.member() < 0 ? null : "members[" + b.member() + "]";
      String field =
          switch (b.rule().subject()) {
            case RELATIONSHIP -> member == null ? "members" : member + ".relationship";
            case NIK -> member == null ? "members" : member + ".nik";
              // a second woman named is refused beside her mark; the rest is the family's headship
            case FEMALE_HEAD ->
                b.rule() == FamilyRule.SECOND_FEMALE_HEAD && member != null
                    ? member + ".headsFamily"
                    : "femaleHeaded";
            default -> "members";
          };
      errors.add(field, b.rule().key(), b.arguments());
    }
  }

  /**
   * Checks one member; {@code path} prefixes the field names ({@code members[0]}, or empty for a
   * single member). Returns null only when nothing was sent. A NIK given twice in one family is the
   * family's rule ({@link FamilyRule#SAME_NIK_TWICE}), checked by the household.
   */
  public MemberFacts member(MemberInput in, String path, LocalDate today, FieldErrors errors) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (in == null) {
      errors.add(prefix + "name", "name.required");
      return null;
    }
    // no NIK: a person without documents, served all the same (not yet matched with Dukcapil)
    Nik nik =
        in.nik() == null || in.nik().isBlank()
            ? null
            : errors.parse(prefix + "nik", () -> Nik.parse(in.nik(), regions));
    String name = Input.cleanName(in.name());
    if (name == null) {
      errors.add(prefix + "name", "name.required");
    } else if (name.length() > MAX_NAME) {
      errors.add(prefix + "name", "name.tooLong", MAX_NAME);
    }
    Sex sex = errors.parse(prefix + "sex", () -> Sex.parse(in.sex()));
    LocalDate birthDate = in.birthDate();
    if (birthDate == null) {
      errors.add(prefix + "birthDate", "birthDate.required");
    } else if (birthDate.isAfter(today)) {
      errors.add(prefix + "birthDate", "birthDate.future");
    } else if (birthDate.isBefore(today.minusYears(130))) {
      errors.add(prefix + "birthDate", "birthDate.tooOld");
    }
    Relationship relationship = Relationship.parse(in.relationship()).orElse(null);
    if (relationship == null) {
      errors.add(
          prefix + "relationship", "relationship.invalid", Arrays.toString(Relationship.values()));
    }
    Education education = errors.code(prefix + "education", Education.class, in.education());
    Disability disability = errors.code(prefix + "disability", Disability.class, in.disability());
    MaritalStatus marital =
        errors.code(prefix + "maritalStatus", MaritalStatus.class, in.maritalStatus());
    String occupation = Input.cleanName(in.occupation());
    if (occupation != null && occupation.length() > MAX_OCCUPATION) {
      errors.add(prefix + "occupation", "occupation.tooLong", MAX_OCCUPATION);
    }
    if (nik != null) {
      for (String problem : nik.disagreementsWith(sex, birthDate)) {
        errors.add(prefix + "nik", problem);
      }
    }
    return new MemberFacts(
        nik, name, sex, birthDate, relationship, education, occupation, disability, marital);
  }

  /** Checks an address; the village must be a village of the tenant's regency. */
  public Address address(AddressInput in, FieldErrors errors) {
    return addressOf(in, errors);
  }

  private Address addressOf(AddressInput in, FieldErrors errors) {
    if (in == null || in.villageCode() == null || in.villageCode().isBlank()) {
      errors.add("address.villageCode", "village.required");
      return null;
    }
    RegionCode village = village(in.villageCode(), "address.villageCode", errors);
    String rt = rtRw(in.rt(), "address.rt", errors);
    String rw = rtRw(in.rw(), "address.rw", errors);
    String street = in.street() == null ? null : in.street().trim();
    if (street != null && street.length() > MAX_STREET) {
      errors.add("address.street", "street.tooLong", MAX_STREET);
    }
    String dusun = dusun(in.dusun(), "address.dusun", errors);
    return village == null ? null : new Address(village, rt, rw, dusun, street);
  }

  /** A dusun's name, tidied; too long is refused against {@code field}; absent stays absent. */
  public static String dusun(String raw, String field, FieldErrors errors) {
    String dusun = Input.cleanName(raw);
    if (dusun != null && dusun.length() > MAX_DUSUN) {
      errors.add(field, "dusun.tooLong", MAX_DUSUN);
    }
    return dusun;
  }

  /**
   * A village of the tenant's regency, or null with the refusal recorded against {@code field}:
   * required, a village (not a kecamatan), in the region table, and in this district.
   */
  public RegionCode village(String raw, String field, FieldErrors errors) {
    return new DistrictArea(regions, tenantRegency, tenantName).village(raw, field, errors);
  }

  /** RT and RW are kept as three digits ("2" becomes "002"); absent stays absent. */
  private static String rtRw(String raw, String field, FieldErrors errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String trimmed = raw.trim();
    if (!RT_RW.matcher(trimmed).matches()) {
      errors.add(field, "rtrw.format");
      return null;
    }
    String digits = String.valueOf(Integer.parseInt(trimmed));
    return "0".repeat(Math.max(0, 3 - digits.length())) + digits;
  }
}
