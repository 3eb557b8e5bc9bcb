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

/** An agency's inbox (API.md {@code /inbox}): for its MITRA_DINAS users and systems. */
@Tag(name = "Inbox", description = "An agency's inbox of referrals addressed to it")
@ApplicationScoped
@Path("t/{tenant}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class InboxResource {
  @Inject ReferralService referrals;

  @Operation(
      operationId = "agencyInbox",
      summary = "The open referrals addressed to the caller's agency, the oldest due first")
  @GET
  public Page<ReferralDetails> inbox(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return referrals.inbox(PageRequest.of(page, size));
  }
}
