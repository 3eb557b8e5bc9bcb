package id.slrt.intake.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.intake.api.AddressInput;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.domain.model.household.Disability;
import id.slrt.intake.domain.model.household.DukcapilStatus;
import id.slrt.intake.domain.model.household.Education;
import id.slrt.intake.domain.model.household.Household;
import id.slrt.intake.domain.model.household.KkStatus;
import id.slrt.intake.domain.model.household.MaritalStatus;
import id.slrt.intake.domain.model.household.Person;
import id.slrt.intake.domain.model.household.PersonStatus;
import id.slrt.intake.domain.model.household.Relationship;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdRegistrationTest {
  private static final Set<String> REGIONS =
      Set.of("32.15", "32.15.01", "32.15.01.1001", "73.09", "73.09.01", "73.09.01.1001");
  private static final RegionDirectory DIRECTORY =
      new RegionDirectory() {
        @Override
        public boolean exists(RegionCode code) {
          return REGIONS.contains(code.value());
        }

        @Override
        public Optional<String> name(RegionCode code) {
          return Optional.of(code.value());
        }
      };
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private final HouseholdRegistration karawang =
      new HouseholdRegistration(DIRECTORY, RegionCode.parse("32.15"), "Kabupaten Karawang");

  private static MemberInput siti() {
    return MemberInput.basic(
        "3215014507850002", "Siti  Juariah ", "F", LocalDate.of(1985, 7, 5), "KEPALA_KELUARGA");
  }

  private static RegisterHousehold family(List<MemberInput> members) {
    return new RegisterHousehold(
        "3215011203150001",
        new AddressInput("32.15.01.1001", "2", "5", "Jl. Tuparev 12", null),
        true,
        members,
        null,
        null,
        null);
  }

  private Household build(RegisterHousehold request) {
    return karawang.build(
        request, TODAY, Instant.parse("2026-11-22T01:00:00Z"), "puskesos", () -> 7);
  }

  private List<String> refusedFields(RegisterHousehold request) {
    List<String> fields = new ArrayList<>();
    assertThatThrownBy(() -> build(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> e.errors().stream().map(FieldError::field).forEach(fields::add));
    return fields;
  }

  @Test
  void registersAFemaleHeadedFamilyWithPaddedRtRwAndTidiedName() {
    Household household = build(family(List.of(siti())));

    assertThat(household.kk().value()).isEqualTo("3215011203150001");
    assertThat(household.address().rt()).isEqualTo("002");
    assertThat(household.address().rw()).isEqualTo("005");
    assertThat(household.femaleHeaded()).isTrue();
    assertThat(household.head())
        .get()
        .satisfies(h -> assertThat(h.name()).isEqualTo("Siti Juariah"));
  }

  @Test
  void namesTheMemberWhoseNikDisagreesWithSex() {
    MemberInput wrongSex =
        MemberInput.basic(
            "3215014507850002", "Siti", "M", LocalDate.of(1985, 7, 5), "KEPALA_KELUARGA");

    assertThat(
            refusedFields(
                new RegisterHousehold(
                    "3215011203150001",
                    new AddressInput("32.15.01.1001", null, null, null, null),
                    false,
                    List.of(wrongSex),
                    null,
                    null,
                    null)))
        .containsExactly("members[0].nik");
  }

  @Test
  void namesTheSecondMemberWhoseBirthDateDisagreesWithTheNik() {
    MemberInput child =
        MemberInput.basic("3215010101100001", "Budi", "M", LocalDate.of(2010, 1, 2), "ANAK");

    assertThat(refusedFields(family(List.of(siti(), child)))).containsExactly("members[1].nik");
  }

  @Test
  void refusesAVillageOfAnotherRegency() {
    RegisterHousehold inMaros =
        new RegisterHousehold(
            "3215011203150001",
            new AddressInput("73.09.01.1001", null, null, null, null),
            true,
            List.of(siti()),
            null,
            null,
            null);

    assertThat(refusedFields(inMaros)).containsExactly("address.villageCode");
  }

  @Test
  void refusesAKecamatanCodeAsAddress() {
    RegisterHousehold notVillage =
        new RegisterHousehold(
            "3215011203150001",
            new AddressInput("32.15.01", null, null, null, null),
            true,
            List.of(siti()),
            null,
            null,
            null);

    assertThat(refusedFields(notVillage)).containsExactly("address.villageCode");
  }

  @Test
  void requiresExactlyOneHeadAndAWomanForAPekkaFamily() {
    MemberInput secondHead =
        MemberInput.basic(
            "3215010101100001", "Budi", "M", LocalDate.of(2010, 1, 1), "KEPALA_KELUARGA");

    assertThat(refusedFields(family(List.of(siti(), secondHead))))
        .containsExactly("members[1].relationship");
  }

  @Test
  void refusesASecondWomanMarkedAsHeadingTheFamilyBesideHerMark() {
    MemberInput husband =
        MemberInput.basic(
            "3215010101800001", "Ujang", "M", LocalDate.of(1980, 1, 1), "KEPALA_KELUARGA");
    MemberInput wife = marked("3215014507850002", "Euis", "ISTRI");
    MemberInput daughter = marked(null, "Nia", "ANAK");

    assertThat(refusedFields(family(List.of(husband, wife, daughter))))
        .containsExactly("members[2].headsFamily");
    // one mark is the woman who heads the family in fact, though the card names her husband
    Household one = build(family(List.of(husband, wife)));
    assertThat(one.femaleHead()).map(Person::name).contains("Euis");
  }

  private static MemberInput marked(String nik, String name, String relationship) {
    return new MemberInput(
        nik,
        name,
        "F",
        LocalDate.of(1985, 7, 5),
        relationship,
        null,
        null,
        null,
        null,
        true,
        null,
        null);
  }

  @Test
  void refusesTheSameNikTwiceInOneFamily() {
    assertThat(refusedFields(family(List.of(siti(), siti())))).contains("members[1].nik");
  }

  @Test
  void listsEveryRefusedFieldAtOnce() {
    RegisterHousehold bad =
        new RegisterHousehold(
            "12",
            new AddressInput(null, "12345", "x", null, null),
            false,
            List.of(MemberInput.basic("1", " ", "X", TODAY.plusDays(1), "BOS")),
            null,
            null,
            null);

    assertThat(refusedFields(bad))
        .contains(
            "kk",
            "address.villageCode",
            "members[0].nik",
            "members[0].name",
            "members[0].sex",
            "members[0].birthDate",
            "members[0].relationship");
  }

  @Test
  void registersAFamilyWithoutACardOfItsOwnUnderAProvisionalNumber() {
    RegisterHousehold noCard =
        new RegisterHousehold(
            " ",
            new AddressInput("32.15.01.1001", null, null, null, "Dusun Krajan"),
            false,
            List.of(siti()),
            null,
            null,
            "0812-3456-7890");

    Household household = build(noCard);

    assertThat(household.kk().value()).isEqualTo("0000000000000007");
    assertThat(household.kk().isProvisional()).isTrue();
    assertThat(household.kkStatus()).isEqualTo(KkStatus.BELUM_ADA);
    assertThat(household.phone()).contains("081234567890");
    assertThat(household.address().dusun()).isEqualTo("Dusun Krajan");
  }

  @Test
  void refusesAPhoneThatIsNotOne() {
    RegisterHousehold badPhone =
        new RegisterHousehold(
            "3215011203150001",
            new AddressInput("32.15.01.1001", null, null, null, null),
            false,
            List.of(siti()),
            null,
            null,
            "tanya pak RT");

    assertThat(refusedFields(badPhone)).containsExactly("phone");
  }

  @Test
  void refusesAnEmptyRequest() {
    assertThat(refusedFields(null)).contains("address.villageCode", "members").doesNotContain("kk");
    assertThat(refusedFields(family(List.of()))).contains("members");
  }

  @Test
  void knowsEveryRelationshipOfApiMd() {
    assertThat(Relationship.parse("kepala_keluarga")).contains(Relationship.KEPALA_KELUARGA);
    assertThat(Relationship.values()).hasSize(10);
  }

  @Test
  void registersAPersonWithoutDocumentsAsNotYetMatchedWithDukcapil() {
    MemberInput child = MemberInput.basic(" ", "Ujang", "M", LocalDate.of(2019, 3, 1), "ANAK");

    Household household = build(family(List.of(siti(), child)));

    assertThat(household.members())
        .extracting(p -> p.nik() == null ? null : p.nik().value(), p -> p.dukcapilStatus())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3215014507850002", DukcapilStatus.NIK_TERCATAT),
            org.assertj.core.groups.Tuple.tuple(null, DukcapilStatus.BELUM_PADAN));
  }

  @Test
  void keepsEducationOccupationDisabilityAndMaritalStatus() {
    MemberInput full =
        new MemberInput(
            "3215014507850002",
            "Siti Juariah",
            "F",
            LocalDate.of(1985, 7, 5),
            "KEPALA_KELUARGA",
            "sd",
            "  Buruh   tani ",
            "SENSORIK_RUNGU",
            "CERAI_MATI",
            null,
            null,
            null);

    Person head = build(family(List.of(full))).members().get(0);

    assertThat(head.education()).contains(Education.SD);
    assertThat(head.occupation()).contains("Buruh tani");
    assertThat(head.disability()).contains(Disability.SENSORIK_RUNGU);
    assertThat(head.maritalStatus()).contains(MaritalStatus.CERAI_MATI);
    assertThat(head.status()).isEqualTo(PersonStatus.AKTIF);
  }

  @Test
  void refusesUnknownCodesNamingEachField() {
    MemberInput wrong =
        new MemberInput(
            "3215014507850002",
            "Siti Juariah",
            "F",
            LocalDate.of(1985, 7, 5),
            "KEPALA_KELUARGA",
            "SMK",
            "x".repeat(101),
            "BUTA",
            "JANDA",
            null,
            null,
            null);

    assertThat(refusedFields(family(List.of(wrong))))
        .containsExactlyInAnyOrder(
            "members[0].education",
            "members[0].occupation",
            "members[0].disability",
            "members[0].maritalStatus");
  }

  @Test
  void refusesABirthDateMoreThan130YearsAgo() {
    MemberInput ancient =
        MemberInput.basic(null, "Mbah", "F", LocalDate.of(1890, 1, 1), "KEPALA_KELUARGA");

    assertThat(refusedFields(family(List.of(ancient)))).containsExactly("members[0].birthDate");
  }
}
