package id.slrt.web.intake.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.NeedDetails;
import id.slrt.intake.api.NeedFilter;
import id.slrt.intake.api.NeedService;
import id.slrt.intake.api.NeedTransition;
import id.slrt.intake.api.RecordNeed;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.IfMatch;
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

/**
 * Needs and complaints of a district (API.md {@code /needs}). Violence needs are sealed: for
 * everyone but P2TP2A case managers they do not exist.
 */
@Tag(
    name = "Needs",
    description = "Needs and complaints recorded for a family or person, followed to an outcome")
@ApplicationScoped
@Path("t/{tenant}/needs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class NeedResource {
  @Inject NeedService needs;

  @Operation(operationId = "recordNeed", summary = "Record a need or complaint")
  @APIResponseSchema(
      value = NeedDetails.class,
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
                              name = "need",
                              summary = "A need for health insurance",
                              value =
                                  "{\"nik\": \"3215014507850002\", \"category\": \"KESEHATAN\", \"pmks\": \"FAKIR_MISKIN\", \"description\": \"Belum punya KIS, anak sering sakit\"}")))
          RecordNeed request,
      @Context UriInfo uri) {
    NeedDetails need = needs.record(request);
    if (need.sealed()) {
      // handed over to P2TP2A: nothing here to name, only the hand-over's reference in the body
      return Response.status(Response.Status.CREATED).entity(need).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(need.id())).build())
        .tag(IfMatch.tag(need.id(), need.version()))
        .entity(need)
        .build();
  }

  @Operation(operationId = "getNeed", summary = "Read a need (ETag)")
  @APIResponseSchema(
      value = NeedDetails.class,
      responseCode = "200",
      responseDescription = "The need")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public Response get(@PathParam("id") long id) {
    NeedDetails need = needs.get(id);
    return Response.ok(need).tag(IfMatch.tag(need.id(), need.version())).build();
  }

  /** Fast-tracked first, then the oldest. */
  @Operation(
      operationId = "listNeeds",
      summary = "The needs queue: fast-tracked first, then the oldest")
  @GET
  public Page<NeedDetails> list(
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @QueryParam("fastTrack") String fastTrack,
      @QueryParam("nik") String nik,
      @QueryParam("villageCode") String villageCode,
      @QueryParam("householdId") String householdId,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return needs.search(
        new NeedFilter(status, category, fastTrack, nik, villageCode, householdId, kind),
        PageRequest.of(page, size));
  }

  /** Moves the need on: {@code {"to": "DIPROSES", "note": "..."}}; an illegal move is 409. */
  @Operation(
      operationId = "moveNeed",
      summary = "Move a need on (BARU, DIPROSES, SELESAI, DIBATALKAN); an illegal move is 409")
  @APIResponseSchema(
      value = NeedDetails.class,
      responseCode = "200",
      responseDescription = "The need as moved")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response move(@PathParam("id") long id, NeedTransition transition) {
    NeedDetails need = needs.move(id, transition);
    return Response.ok(need).tag(IfMatch.tag(need.id(), need.version())).build();
  }
}
