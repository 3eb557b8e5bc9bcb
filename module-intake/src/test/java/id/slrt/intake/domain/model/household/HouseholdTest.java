package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.core.identity.Nik;
import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.Sex;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of a family card, each kept by the aggregate itself on every change. */
class HouseholdTest {
  private static final RegionDirectory ANY_REGION =
      new RegionDirectory() {
        @Override
        public boolean exists(RegionCode code) {
          return true;
        }

        @Override
        public Optional<String> name(RegionCode code) {
          return Optional.of(code.value());
        }
      };
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final Address ADDRESS =
      new Address(RegionCode.parse("32.15.01.1001"), "002", "005", null);

  private static MemberFacts member(String name, Sex sex, int born, Relationship relationship) {
    return new MemberFacts(
        null, name, sex, LocalDate.of(born, 1, 1), relationship, null, null, null, null);
  }

  private static MemberFacts woman(String name, int born, Relationship relationship) {
    return member(name, Sex.F, born, relationship);
  }

  private static MemberFacts man(String name, int born, Relationship relationship) {
    return member(name, Sex.M, born, relationship);
  }

  private static MemberFacts withNik(MemberFacts m, String nik) {
    return new MemberFacts(
        Nik.parse(nik, ANY_REGION),
        m.name(),
        m.sex(),
        m.birthDate(),
        m.relationship(),
        null,
        null,
        null,
        null);
  }

  private static Household register(Household.Headship headship, MemberFacts... members) {
    return Household.register(
        Household.FamilyCard.of(NomorKk.parse("3215011203150001", ANY_REGION)),
        ADDRESS,
        headship,
        List.of(members),
        NOW,
        "puskesos.karawang");
  }

  private static Household family(MemberFacts... members) {
    return register(Household.Headship.NONE, members);
  }

  private static long nextId = 100;

  /** Gives the family and its members ids, as the database would on the first write. */
  private static Household stored(Household household) throws ReflectiveOperationException {
    Field familyId = Household.class.getDeclaredField("id");
    familyId.setAccessible(true);
    familyId.set(household, nextId++);
    Field id = Person.class.getDeclaredField("id");
    id.setAccessible(true);
    for (Person p : household.members()) {
      id.set(p, nextId++);
    }
    return household;
  }

  private static void assertBreaks(ThrowingCallable change, FamilyRule rule) {
    assertThatThrownBy(change)
        .isInstanceOfSatisfying(
            FamilyRulesBroken.class,
            e -> assertThat(e.broken()).extracting(FamilyRulesBroken.Broken::rule).contains(rule));
  }

  @Test
  void listsMembersInTheOrderOfTheFamilyCardWhateverOrderTheyWereRecordedIn() {
    Household household =
        family(
            woman("Nisa", 2021, Relationship.ANAK),
            woman("Mak Icih", 1948, Relationship.ORANG_TUA),
            woman("Ani", 2008, Relationship.ANAK),
            woman("Nurhayati", 1971, Relationship.KEPALA_KELUARGA));

    assertThat(household.membersInCardOrder())
        .extracting(Person::name)
        .containsExactly("Nurhayati", "Ani", "Nisa", "Mak Icih");
    assertThat(household.members())
        .extracting(Person::name)
        .containsExactly("Nisa", "Mak Icih", "Ani", "Nurhayati");
  }

  @Test
  void aFamilyIsRegisteredWithMembersAndExactlyOneHead() {
    assertBreaks(() -> family(), FamilyRule.NO_MEMBERS);
    assertBreaks(() -> family(woman("Ani", 2008, Relationship.ANAK)), FamilyRule.NO_HEAD);
    assertThatThrownBy(
            () ->
                family(
                    man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                    man("Ujang", 1995, Relationship.KEPALA_KELUARGA)))
        .isInstanceOfSatisfying(
            FamilyRulesBroken.class,
            e ->
                assertThat(e.broken())
                    .containsExactly(
                        new FamilyRulesBroken.Broken(FamilyRule.SECOND_HEAD, 1, List.of())));
  }

  @Test
  void aSecondHeadIsRefusedWhenAddedCorrectedOrMovedIn() throws Exception {
    Household household =
        stored(
            family(
                man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                man("Ujang", 1995, Relationship.ANAK)));
    Person ujang = household.members().get(1);

    assertBreaks(
        () -> household.addMember(man("Dadang", 1990, Relationship.KEPALA_KELUARGA)),
        FamilyRule.SECOND_HEAD);
    assertBreaks(
        () -> household.correctMember(ujang, man("Ujang", 1995, Relationship.KEPALA_KELUARGA)),
        FamilyRule.SECOND_HEAD);
    Household other = stored(family(woman("Euis", 1980, Relationship.KEPALA_KELUARGA)));
    assertBreaks(
        () ->
            other.moveMember(
                other.members().get(0), household, Relationship.KEPALA_KELUARGA, "x", NOW, "p"),
        FamilyRule.SECOND_HEAD);
    assertThat(household.members()).hasSize(2);
    assertThat(ujang.relationship()).isEqualTo(Relationship.ANAK);
    assertThat(other.members()).hasSize(1);
  }

  @Test
  void atMostThirtyMembersLiveInAFamilyByRegistrationAdditionOrMove() throws Exception {
    List<MemberFacts> thirty = new ArrayList<>();
    thirty.add(man("Asep", 1950, Relationship.KEPALA_KELUARGA));
    for (int i = 1; i < Household.MAX_MEMBERS; i++) {
      thirty.add(man("Anak " + i, 2000, Relationship.ANAK));
    }
    Household full = stored(family(thirty.toArray(MemberFacts[]::new)));
    assertThat(full.members()).hasSize(30);

    List<MemberFacts> thirtyOne = new ArrayList<>(thirty);
    thirtyOne.add(man("Satu lagi", 2001, Relationship.ANAK));
    assertBreaks(() -> family(thirtyOne.toArray(MemberFacts[]::new)), FamilyRule.TOO_MANY_MEMBERS);
    assertBreaks(
        () -> full.addMember(man("Satu lagi", 2001, Relationship.ANAK)),
        FamilyRule.TOO_MANY_MEMBERS);
    Household other =
        stored(
            family(
                woman("Euis", 1980, Relationship.KEPALA_KELUARGA),
                woman("Nia", 2005, Relationship.ANAK)));
    assertBreaks(
        () -> other.moveMember(other.members().get(1), full, Relationship.ANAK, "x", NOW, "p"),
        FamilyRule.TOO_MANY_MEMBERS);

    // one who died no longer counts: there is room again
    full.memberLeft(full.members().get(29), PersonStatus.MENINGGAL, LocalDate.of(2026, 10, 1));
    full.addMember(man("Satu lagi", 2001, Relationship.ANAK));
    assertThat(full.members().stream().filter(Person::isActive)).hasSize(30);
  }

  @Test
  void theSameNikTwiceInOneFamilyIsRefused() {
    MemberFacts siti =
        withNik(woman("Siti", 1985, Relationship.KEPALA_KELUARGA), "3215014507850002");
    assertBreaks(() -> family(siti, siti), FamilyRule.SAME_NIK_TWICE);
  }

  @Test
  void aFemaleHeadedFamilyWithoutAWomanNamedIsHeadedByAWomanOnTheCard() throws Exception {
    Household.Headship femaleHeaded =
        new Household.Headship(true, FemaleHeadReason.CERAI_HIDUP, null, false);
    assertBreaks(
        () -> register(femaleHeaded, man("Asep", 1970, Relationship.KEPALA_KELUARGA)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);

    Household siti =
        stored(register(femaleHeaded, woman("Siti", 1985, Relationship.KEPALA_KELUARGA)));
    assertThat(siti.femaleHead()).get().extracting(Person::name).isEqualTo("Siti");
    assertThat(siti.femaleHeadReason()).contains(FemaleHeadReason.CERAI_HIDUP);
    // a correction cannot make the woman heading it a man
    Person her = siti.members().get(0);
    assertBreaks(
        () -> siti.correctMember(her, man("Siti", 1985, Relationship.KEPALA_KELUARGA)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);
    assertThat(her.sex()).isEqualTo(Sex.F);
  }

  @Test
  void aWidowHeadsHerFamilyThoughTheCardStillNamesHerLateHusband() throws Exception {
    Household family =
        stored(
            register(
                new Household.Headship(true, FemaleHeadReason.CERAI_MATI, 1L, true),
                man("Almarhum Dedi", 1970, Relationship.KEPALA_KELUARGA),
                woman("Euis", 1975, Relationship.ISTRI),
                woman("Nia", 2005, Relationship.ANAK)));
    Person euis = family.members().get(1);

    assertThat(family.femaleHeaded()).isTrue();
    assertThat(family.femaleHead()).contains(euis);
    assertThat(family.head()).get().extracting(Person::name).isEqualTo("Almarhum Dedi");
    assertThat(family.pekkaMember()).isTrue();
    assertThat(family.headship())
        .isEqualTo(new Household.Headship(true, FemaleHeadReason.CERAI_MATI, euis.id(), true));

    // her husband's death recorded: she still heads the family
    family.memberLeft(family.members().get(0), PersonStatus.MENINGGAL, LocalDate.of(2024, 5, 1));
    assertThat(family.femaleHead()).contains(euis);
  }

  @Test
  void theWomanNamedMustBeOneWomanLivingInTheFamily() throws Exception {
    assertBreaks(
        () ->
            register(
                new Household.Headship(true, FemaleHeadReason.SUAMI_MERANTAU, 1L, false),
                woman("Euis", 1975, Relationship.KEPALA_KELUARGA),
                man("Asep", 1970, Relationship.SUAMI)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);
    assertBreaks(
        () ->
            register(
                new Household.Headship(true, null, 5L, false),
                woman("Euis", 1975, Relationship.KEPALA_KELUARGA)),
        FamilyRule.FEMALE_HEAD_NOT_LIVING_HERE);
    assertBreaks(
        () ->
            register(
                new Household.Headship(false, null, 0L, false),
                woman("Euis", 1975, Relationship.KEPALA_KELUARGA)),
        FamilyRule.FEMALE_HEAD_WITHOUT_HEADSHIP);

    Household family =
        stored(
            family(
                man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                woman("Euis", 1975, Relationship.ISTRI)));
    Person asep = family.members().get(0);
    Person euis = family.members().get(1);
    assertBreaks(
        () -> family.correct(ADDRESS, new Household.Headship(true, null, null, false)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);
    assertBreaks(
        () -> family.correct(ADDRESS, new Household.Headship(true, null, asep.id(), false)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);
    assertThat(family.femaleHeaded()).isFalse();

    family.correct(
        ADDRESS, new Household.Headship(true, FemaleHeadReason.SUAMI_SAKIT, euis.id(), false));
    assertThat(family.femaleHead()).contains(euis);
    // she cannot be recorded a man while she heads it
    assertBreaks(
        () -> family.correctMember(euis, man("Euis", 1975, Relationship.ISTRI)),
        FamilyRule.FEMALE_HEAD_NOT_A_WOMAN);
  }

  @Test
  void whenTheWomanHeadingTheFamilyLeavesItIsNoLongerFemaleHeaded() throws Exception {
    Household family =
        stored(
            register(
                new Household.Headship(true, FemaleHeadReason.DITINGGAL, 1L, false),
                man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                woman("Euis", 1975, Relationship.ISTRI),
                woman("Nia", 2005, Relationship.ANAK)));
    Person euis = family.members().get(1);
    Household other = stored(family(woman("Ibu Euis", 1950, Relationship.KEPALA_KELUARGA)));

    family.moveMember(euis, other, Relationship.ANAK, "kembali ke orang tua", NOW, "p");

    assertThat(family.femaleHeaded()).isFalse();
    assertThat(family.femaleHeadReason()).isEmpty();
    assertThat(euis.headsFamily()).isFalse();
    assertThat(other.femaleHeaded()).isFalse();
  }

  @Test
  void theHeadMovesOutLastAndOneWhoLeftIsNotChanged() throws Exception {
    Household family =
        stored(
            family(
                man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                man("Ujang", 1995, Relationship.ANAK)));
    Household other = stored(family(woman("Euis", 1980, Relationship.KEPALA_KELUARGA)));
    Person asep = family.members().get(0);
    Person ujang = family.members().get(1);

    assertBreaks(
        () -> family.moveMember(asep, other, Relationship.SUAMI, "x", NOW, "p"),
        FamilyRule.HEAD_LEAVES_OTHERS);
    assertBreaks(
        () -> family.moveMember(ujang, family, Relationship.ANAK, "x", NOW, "p"),
        FamilyRule.MOVE_TO_SAME_FAMILY);

    family.memberLeft(ujang, PersonStatus.PINDAH, LocalDate.of(2026, 1, 1));
    assertBreaks(
        () -> family.correctMember(ujang, man("Ujang", 1995, Relationship.ANAK)),
        FamilyRule.MEMBER_LEFT);
    assertBreaks(
        () -> family.memberLeft(ujang, PersonStatus.MENINGGAL, LocalDate.of(2026, 2, 1)),
        FamilyRule.MEMBER_LEFT);
    assertBreaks(
        () -> family.moveMember(ujang, other, Relationship.ANAK, "x", NOW, "p"),
        FamilyRule.MEMBER_LEFT);
    // now the head is the last one living here, and may move
    family.moveMember(asep, other, Relationship.SUAMI, "menikah", NOW, "p");
    assertThat(other.members()).contains(asep);
  }

  @Test
  void aRefusalNamesTheFieldOfAnEditAndItsMessage() {
    assertThatThrownBy(
            () ->
                family(
                    man("Asep", 1970, Relationship.KEPALA_KELUARGA),
                    man("Ujang", 1995, Relationship.KEPALA_KELUARGA)))
        .isInstanceOfSatisfying(
            FamilyRulesBroken.class,
            e -> {
              assertThat(e.errors()).hasSize(1);
              assertThat(e.errors().get(0).field()).isEqualTo("relationship");
              assertThat(e.errors().get(0).messageKey()).isEqualTo("members.secondHead");
            });
  }

  @Test
  void whatDisdukcapilIssuedMatchesThePersonAndAddsToTheDocumentsHeld() {
    Household household =
        family(
            withNik(woman("Siti Juariah", 1985, Relationship.KEPALA_KELUARGA), "3215014507850002"),
            woman("Putri", 2020, Relationship.ANAK));
    Person child = household.members().get(1);
    assertThat(child.dukcapilStatus()).isEqualTo(DukcapilStatus.BELUM_PADAN);
    household.memberContact(child, java.util.EnumSet.of(IdentityDocument.KIA), null);

    Nik issued = Nik.parse("3215014101200003", ANY_REGION);
    NomorKk card = NomorKk.parse("3215011203150099", ANY_REGION);
    household.issuedByDukcapil(
        child, issued, card, java.util.EnumSet.of(IdentityDocument.AKTA_KELAHIRAN));

    assertThat(child.nik()).isEqualTo(issued);
    assertThat(child.dukcapilStatus()).isEqualTo(DukcapilStatus.PADAN);
    assertThat(child.documents())
        .containsExactlyInAnyOrder(IdentityDocument.KIA, IdentityDocument.AKTA_KELAHIRAN);
    assertThat(household.kk()).isEqualTo(card);
    // the mother's record is untouched
    assertThat(household.members().get(0).dukcapilStatus()).isEqualTo(DukcapilStatus.NIK_TERCATAT);

    // nothing issued changes nothing
    household.issuedByDukcapil(child, null, null, java.util.Set.of());
    assertThat(child.documents()).hasSize(2);
    assertThat(household.kk()).isEqualTo(card);
  }
}
