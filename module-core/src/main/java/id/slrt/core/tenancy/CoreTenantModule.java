package id.slrt.core.tenancy;

import id.slrt.core.idempotency.IdempotencyRecord;
import id.slrt.core.identity.NikConverter;
import id.slrt.core.identity.NomorKkConverter;
import id.slrt.core.persistence.InstantConverter;
import java.util.List;

/**
 * The core's part of every tenant schema: the district's copy of its regions, and the converters
 * every module's entities use.
 */
public final class CoreTenantModule implements TenantModule {

  @Override
  public String name() {
    return "core";
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        InstantConverter.class,
        NikConverter.class,
        NomorKkConverter.class,
        IdempotencyRecord.class,
        id.slrt.core.organisation.OrgUnit.class,
        id.slrt.core.organisation.Provider.class);
  }
}
