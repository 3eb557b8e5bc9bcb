package id.slrt.web.referral.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralService;
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
 * Overdue referrals raised along the district's chain to the caller (Puskesos, kecamatan
 * supervisor, district admin).
 */
@Tag(
    name = "Escalations",
    description = "Overdue referrals raised to the caller along the district's chain")
@ApplicationScoped
@Path("t/{tenant}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EscalationResource {
  @Inject ReferralService referrals;

  @Operation(
      operationId = "escalations",
      summary =
          "Open referrals of the caller's place raised to the caller's level or higher, the oldest"
              + " due first")
  @GET
  public Page<ReferralDetails> escalations(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return referrals.escalations(PageRequest.of(page, size));
  }
}
