package id.slrt.web.core.rest;

import id.slrt.core.audit.AuditQuery;
import id.slrt.core.audit.AuditQuery.AuditEntry;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /t/{tenant}/audit?from=&to=&user=&action=&page=&size=}: the district's audit trail,
 * newest first, for its ADMIN_KABUPATEN (API.md). {@code from} and {@code to} are days of the
 * district ({@code YYYY-MM-DD}, {@code to} inclusive) or ISO instants; {@code action} matches an
 * action or its start ({@code household.}).
 */
@Tag(name = "Audit", description = "The district's audit trail, for its ADMIN_KABUPATEN")
@ApplicationScoped
@Path("t/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AuditResource {
  @Inject AuditQuery audit;

  @Operation(
      operationId = "searchAudit",
      summary = "The audit trail by time, user and action, the latest first")
  @GET
  public Page<AuditEntry> search(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("user") String user,
      @QueryParam("action") String action,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return audit.search(from, to, user, action, PageRequest.of(page, size));
  }
}
