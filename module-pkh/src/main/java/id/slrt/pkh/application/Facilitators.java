package id.slrt.pkh.application;

import id.slrt.core.security.Role;
import id.slrt.core.security.UserDirectory;
import id.slrt.core.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether a username is an active PKH facilitator of the current district. */
@ApplicationScoped
public class Facilitators {
  @Inject UserDirectory users;
  @Inject TenantContext tenants;

  public boolean isFacilitator(String username) {
    return users
        .findByUsername(username)
        .filter(a -> a.actsAs(Role.PENDAMPING_PKH, tenants.require().slug()))
        .isPresent();
  }
}
