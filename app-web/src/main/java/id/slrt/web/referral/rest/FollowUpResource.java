package id.slrt.web.referral.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.FollowUpDetails;
import id.slrt.referral.api.FollowUpDone;
import id.slrt.web.rest.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The follow-up actions (RTL) of case conferences, as their owners see them. */
@Tag(
    name = "Follow-ups",
    description = "Follow-up actions (RTL) of case conferences, in their owners' lists until done")
@ApplicationScoped
@Path("t/{tenant}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class FollowUpResource {
  @Inject ConferenceService conferences;

  @Operation(
      operationId = "myFollowUps",
      summary = "The caller's follow-ups, the earliest due first",
      description = "all=true: the done ones too")
  @GET
  public Page<FollowUpDetails> myFollowUps(
      @QueryParam("all") String all,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    FieldErrors errors = new FieldErrors();
    Boolean everything = errors.flag("all", all);
    errors.throwIfAny();
    return conferences.myFollowUps(Boolean.TRUE.equals(everything), PageRequest.of(page, size));
  }

  @Operation(operationId = "followUpDone", summary = "Mark one of the caller's follow-ups done")
  @APIResponseSchema(
      value = FollowUpDetails.class,
      responseCode = "200",
      responseDescription = "The follow-up, done")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/done")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response done(@PathParam("id") long id, FollowUpDone done) {
    return Response.ok(conferences.done(id, done)).build();
  }
}
