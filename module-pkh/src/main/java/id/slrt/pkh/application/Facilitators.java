package id.slrt.pkh.application;

import id.slrt.core.security.Role;
import id.slrt.core.security.UserAccount;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Whether a username is an active PKH facilitator of the current district. */
@ApplicationScoped
public class Facilitators {
  @Inject UserDirectory users;
  @Inject TenantContext tenants;

  public boolean isFacilitator(String username) {
    Optional<UserAccount> account = users.findByUsername(username);
    return account.isPresent()
        && account.get().active()
        && account.get().roles().contains(Role.PENDAMPING_PKH)
        && tenants.require().slug().equals(account.get().tenantSlug());
  }
}
