package id.slrt.web.referral.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.ConferenceDetails;
import id.slrt.referral.api.ConferenceService;
import id.slrt.referral.api.RecordConference;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Case conferences (rapat koordinasi) and the follow-up actions (RTL) they give to people. */
@Tag(
    name = "Case conferences",
    description = "Agencies meeting on stuck referrals: decisions and follow-ups with owners")
@ApplicationScoped
@Path("t/{tenant}/case-conferences")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ConferenceResource {
  @Inject ConferenceService conferences;

  @Operation(operationId = "recordConference", summary = "Record a case conference held")
  @APIResponseSchema(
      value = ConferenceDetails.class,
      responseCode = "201",
      responseDescription = "Recorded; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "conference",
                              summary = "A monthly coordination meeting at the Puskesos",
                              value =
                                  "{\"heldOn\": \"2026-12-03\", \"place\": \"Aula Desa Anggadita\","
                                      + " \"topic\": \"Rujukan KIS yang terlambat\","
                                      + " \"agencies\": [\"DINKES\", \"DISDUKCAPIL\"],"
                                      + " \"referralIds\": [12],"
                                      + " \"decisions\": \"Dinkes memproses aktivasi PBI minggu ini\","
                                      + " \"followUps\": [{\"action\": \"Kunjungi keluarga\","
                                      + " \"owner\": \"puskesos.karawang\", \"dueDate\": \"2026-12-10\"}]}")))
          RecordConference request,
      @Context UriInfo uri) {
    ConferenceDetails c = conferences.record(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(c.id())).build())
        .entity(c)
        .build();
  }

  @Operation(
      operationId = "listConferences",
      summary = "Case conferences of the caller's place, the latest first",
      description = "referralId: those that discussed this referral")
  @GET
  public Page<ConferenceDetails> list(
      @QueryParam("referralId") String referralId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    FieldErrors errors = new FieldErrors();
    Long referral = errors.id("referralId", referralId);
    errors.throwIfAny();
    return conferences.list(referral, PageRequest.of(page, size));
  }

  @Operation(operationId = "getConference", summary = "A case conference with its follow-ups")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public ConferenceDetails get(@PathParam("id") long id) {
    return conferences.get(id);
  }
}
