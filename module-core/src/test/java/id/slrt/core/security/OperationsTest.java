package id.slrt.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

class OperationsTest {
  @RolesAllowed(Role.Names.ADMIN_KABUPATEN)
  public static class Service {
    @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
    public void correct(long id) {}

    @RolesAllowed({Role.Names.ADMIN_KABUPATEN, Role.Names.PETUGAS_PUSKESOS})
    public void correct(long id, String note) {}

    public void review() {}

    @PermitAll
    public void read() {}

    @DenyAll
    public void never() {}

    @RolesAllowed(Role.Names.KADER_KLIK)
    public void split(long id) {}

    public void split(String id) {}
  }

  @Test
  void readsTheMethodsRolesThenTheClasss() {
    assertThat(Operations.allowed(Service.class, "correct"))
        .containsExactlyInAnyOrder("ADMIN_KABUPATEN", "PETUGAS_PUSKESOS");
    assertThat(Operations.allowed(Service.class, "review")).containsExactly("ADMIN_KABUPATEN");
    assertThat(Operations.allowed(Service.class, "read")).isSameAs(Operations.ANYONE);
    assertThat(Operations.allowed(Service.class, "never")).isEmpty();
  }

  @Test
  void refusesAMisspeltOperationAndOverloadsThatDisagree() {
    assertThatThrownBy(() -> Operations.allowed(Service.class, "corect"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no public method corect");
    assertThatThrownBy(() -> Operations.allowed(Service.class, "split"))
        .hasMessageContaining("different roles");
  }
}
