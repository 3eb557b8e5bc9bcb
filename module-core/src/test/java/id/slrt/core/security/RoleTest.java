package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void roleNameConstantsAreExactlyTheRoles() throws Exception {
    Set<String> constants =
        Arrays.stream(Role.Names.class.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()))
            .map(RoleTest::valueOf)
            .collect(Collectors.toSet());
    Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    assertThat(constants).isEqualTo(roles);
    for (Field f : Role.Names.class.getDeclaredFields()) {
      assertThat(valueOf(f)).isEqualTo(f.getName());
    }
  }

  private static String valueOf(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aUserWithSeveralRolesHasEachOfThem() {
    AuthenticatedUser u =
        new AuthenticatedUser(
            "ani",
            "Ani",
            Set.of(Role.KADER_KLIK, Role.PETUGAS_PUSKESOS),
            "kendal",
            null,
            "PUSKESOS-BLUMAH",
            null,
            3);

    assertThat(u.hasRole(Role.KADER_KLIK)).isTrue();
    assertThat(u.hasRole(Role.ADMIN_KABUPATEN)).isFalse();
    assertThat(u.hasAnyRole(Role.ADMIN_KABUPATEN, Role.PETUGAS_PUSKESOS)).isTrue();
    assertThat(u.roleNames()).containsExactly("PETUGAS_PUSKESOS", "KADER_KLIK");
    assertThat(u.mayActFor("kendal")).isTrue();
    assertThat(u.mayActFor("maros")).isFalse();
  }
}
