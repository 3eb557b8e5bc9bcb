package id.slrt.core.tenancy;

/** CDI event: a tenant's schema is migrated and the server is ready to serve it. */
public record TenantActivated(Tenant tenant) {}
