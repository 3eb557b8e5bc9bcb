package id.slrt.web.intake.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.ConsultationDetails;
import id.slrt.intake.api.CreateKlikEvent;
import id.slrt.intake.api.KlikEventDetails;
import id.slrt.intake.api.KlikService;
import id.slrt.intake.api.KlikSummary;
import id.slrt.intake.api.RecordConsultation;
import id.slrt.intake.api.RecordVisit;
import id.slrt.intake.api.VisitDetails;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** KLIK events, their consultations and summary (API.md {@code /klik-events}). */
@Tag(
    name = "KLIK",
    description = "KLIK outreach days (Klinik Layanan Informasi dan Konsultasi) and their desks")
@ApplicationScoped
@Path("t/{tenant}/klik-events")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class KlikResource {
  @Inject KlikService klik;

  @Operation(operationId = "createKlikEvent", summary = "Plan a KLIK day")
  @APIResponseSchema(
      value = KlikEventDetails.class,
      responseCode = "201",
      responseDescription = "Created; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateKlikEvent request, @Context UriInfo uri) {
    KlikEventDetails event = klik.createEvent(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(event.id())).build())
        .entity(event)
        .build();
  }

  @Operation(operationId = "listKlikEvents", summary = "KLIK days, the latest first")
  @GET
  public Page<KlikEventDetails> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return klik.listEvents(PageRequest.of(page, size));
  }

  @Operation(operationId = "getKlikEvent", summary = "A KLIK day")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public KlikEventDetails get(@PathParam("id") long id) {
    return klik.getEvent(id);
  }

  @Operation(
      operationId = "recordVisit",
      summary = "Register a visitor on arrival at a KLIK day, with their queue number")
  @APIResponseSchema(
      value = VisitDetails.class,
      responseCode = "201",
      responseDescription = "Registered, with the queue number")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/visits")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response visit(@PathParam("id") long id, RecordVisit request) {
    return Response.status(Response.Status.CREATED).entity(klik.recordVisit(id, request)).build();
  }

  @Operation(operationId = "listVisits", summary = "The visitors of a KLIK day, the latest first")
  @GET
  @Path("{id:[0-9]{1,18}}/visits")
  public Page<VisitDetails> visits(
      @PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return klik.visits(id, PageRequest.of(page, size));
  }

  @Operation(
      operationId = "recordConsultation",
      summary = "Record a consultation at a desk of a KLIK day")
  @APIResponseSchema(
      value = ConsultationDetails.class,
      responseCode = "201",
      responseDescription = "Recorded")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/consultations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response consult(@PathParam("id") long id, RecordConsultation request) {
    return Response.status(Response.Status.CREATED)
        .entity(klik.recordConsultation(id, request))
        .build();
  }

  @Operation(operationId = "listConsultations", summary = "The consultations of a KLIK day")
  @GET
  @Path("{id:[0-9]{1,18}}/consultations")
  public Page<ConsultationDetails> consultations(
      @PathParam("id") long id,
      @QueryParam("desk") String desk,
      @QueryParam("followUp") String followUp,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return klik.consultations(id, desk, followUp, PageRequest.of(page, size));
  }

  /** Marks a consultation's follow-up as done. */
  @Operation(
      operationId = "markConsultationFollowedUp",
      summary = "Mark a consultation's follow-up as done")
  @POST
  @Path("{id:[0-9]{1,18}}/consultations/{cid:[0-9]{1,18}}/followed-up")
  public ConsultationDetails followedUp(@PathParam("id") long id, @PathParam("cid") long cid) {
    return klik.followedUp(id, cid);
  }

  @Operation(
      operationId = "getKlikSummary",
      summary = "Counts per desk of a KLIK day (a count below 5 is given as \"<5\")")
  @GET
  @Path("{id:[0-9]{1,18}}/summary")
  public KlikSummary summary(@PathParam("id") long id) {
    return klik.summary(id);
  }
}
