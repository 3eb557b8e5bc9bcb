package id.slrt.referral.infrastructure;

import id.slrt.core.tenancy.TenantModule;
import id.slrt.referral.domain.model.service.ServiceOffering;
import java.util.List;

/** Referral's tables in every tenant schema: for now the service catalogue. */
public final class ReferralTenantModule implements TenantModule {

  @Override
  public String name() {
    return "referral";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ServiceOffering.class);
  }
}
