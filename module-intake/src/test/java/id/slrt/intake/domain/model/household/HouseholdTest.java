package id.slrt.intake.domain.model.household;

import static org.assertj.core.api.Assertions.assertThat;

import id.slrt.core.identity.NomorKk;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionDirectory;
import id.slrt.core.identity.Sex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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

  private static MemberFacts member(String name, int born, Relationship relationship) {
    return new MemberFacts(
        null, name, Sex.F, LocalDate.of(born, 1, 1), relationship, null, null, null, null);
  }

  @Test
  void listsMembersInTheOrderOfTheFamilyCardWhateverOrderTheyWereRecordedIn() {
    Household household =
        new Household(
            NomorKk.parse("3215011203150001", ANY_REGION),
            new Address(RegionCode.parse("32.15.01.1001"), "002", "005", null),
            false,
            Instant.parse("2026-11-01T00:00:00Z"),
            "puskesos.karawang");
    household.addMember(member("Nisa", 2021, Relationship.ANAK));
    household.addMember(member("Mak Icih", 1948, Relationship.ORANG_TUA));
    household.addMember(member("Ani", 2008, Relationship.ANAK));
    household.addMember(member("Nurhayati", 1971, Relationship.KEPALA_KELUARGA));

    assertThat(household.membersInCardOrder())
        .extracting(Person::name)
        .containsExactly("Nurhayati", "Ani", "Nisa", "Mak Icih");
    assertThat(household.members())
        .extracting(Person::name)
        .containsExactly("Nisa", "Mak Icih", "Ani", "Nurhayati");
  }
}
