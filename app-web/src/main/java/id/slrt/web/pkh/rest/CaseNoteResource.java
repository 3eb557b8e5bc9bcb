package id.slrt.web.pkh.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.CaseNoteDetails;
import id.slrt.pkh.api.CaseNoteService;
import id.slrt.pkh.api.CloseCaseNote;
import id.slrt.pkh.api.OpenCaseNote;
import id.slrt.pkh.api.RecordCaseAction;
import id.slrt.pkh.api.ReferCaseNote;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PKH case notes: a facilitator's cases about KPM, and the referral a case becomes. */
@Tag(name = "PKH cases", description = "A facilitator's cases about KPM and their referrals")
@ApplicationScoped
@Path("t/{tenant}/pkh/case-notes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CaseNoteResource {
  @Inject CaseNoteService cases;

  @Operation(
      operationId = "openCaseNote",
      summary = "The facilitator opens a case about a KPM of their groups",
      description =
          "participantNumber, subject, personId (the member it is about, optional), foundOn"
              + " (default today), description, people [{name, role}] involved besides the family.")
  @APIResponseSchema(
      value = CaseNoteDetails.class,
      responseCode = "201",
      responseDescription = "Opened; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(OpenCaseNote request, @Context UriInfo uri) {
    CaseNoteDetails made = cases.open(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.id())).build())
        .tag(IfMatch.tag(made.id(), made.version()))
        .entity(made)
        .build();
  }

  @Operation(
      operationId = "listCaseNotes",
      summary = "Cases of the KPM the caller sees, the latest found first",
      description = "open true or false; groupCode")
  @GET
  public Page<CaseNoteDetails> list(
      @QueryParam("open") String open,
      @QueryParam("groupCode") String groupCode,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return cases.search(open, groupCode, PageRequest.of(page, size));
  }

  @Operation(operationId = "getCaseNote", summary = "One case; one the caller does not see is 404")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public CaseNoteDetails get(@PathParam("id") long id) {
    return cases.get(id);
  }

  @Operation(
      operationId = "recordCaseAction",
      summary = "What was done on an open case",
      description =
          "on (from the day found until today), type KUNJUNGAN_RUMAH, KUNJUNGAN_SEKOLAH,"
              + " PENDAMPINGAN, KOMUNIKASI or LAINNYA, note. A closed case is 409.")
  @POST
  @Path("{id:[0-9]{1,18}}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseNoteDetails act(@PathParam("id") long id, RecordCaseAction action) {
    return cases.act(id, action);
  }

  @Operation(operationId = "closeCaseNote", summary = "The outcome closes the case")
  @POST
  @Path("{id:[0-9]{1,18}}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseNoteDetails close(@PathParam("id") long id, CloseCaseNote close) {
    return cases.close(id, close);
  }

  @Operation(
      operationId = "referCaseNote",
      summary = "The case becomes an SLRT referral in one step",
      description =
          "serviceCode (e.g. KEMBALI_SEKOLAH, KEMBALI_MADRASAH), reason (default the case's"
              + " subject); for the member the case is about, else the KPM's recipient. Once per"
              + " case (409).")
  @POST
  @Path("{id:[0-9]{1,18}}/referral")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseNoteDetails refer(@PathParam("id") long id, ReferCaseNote referral) {
    return cases.refer(id, referral);
  }
}
