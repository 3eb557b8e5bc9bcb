package id.slrt.reporting.infrastructure;

import id.slrt.core.tenancy.TenantModule;
import java.util.List;

/** Reporting's read models in every tenant schema: views over what other modules publish. */
public final class ReportingTenantModule implements TenantModule {

  @Override
  public String name() {
    return "reporting";
  }

  @Override
  public int order() {
    return 90;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of();
  }
}
