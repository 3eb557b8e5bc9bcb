package id.slrt.web.rest;

import id.slrt.core.error.AccessDeniedException;
import id.slrt.core.error.NotFoundException;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import id.slrt.core.tenancy.Tenant;
import id.slrt.core.tenancy.TenantContext;
import id.slrt.core.tenancy.TenantRegistry;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Every {@code /t/{tenant}/...} call: an unknown district is 404; a caller bound to another
 * district is 403; otherwise the request enters the tenant named in the path. The tenant is never
 * taken from the path alone: it must match the authenticated caller's own.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantAccessFilter implements ContainerRequestFilter {
  @Context UriInfo uriInfo;
  @Inject TenantRegistry registry;
  @Inject TenantContext tenantContext;
  @Inject CurrentUser currentUser;

  @Override
  public void filter(ContainerRequestContext request) {
    String slug = uriInfo.getPathParameters().getFirst("tenant");
    if (slug == null) {
      return;
    }
    Tenant tenant =
        registry.find(slug).orElseThrow(() -> new NotFoundException("tenant.notFound", slug));
    AuthenticatedUser user =
        currentUser.get().orElseThrow(() -> new AccessDeniedException("tenant.forbidden", slug));
    if (!user.mayActFor(tenant.slug())) {
      throw new AccessDeniedException("tenant.forbidden", slug);
    }
    tenantContext.enter(tenant);
  }
}
