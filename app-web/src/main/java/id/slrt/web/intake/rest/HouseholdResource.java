package id.slrt.web.intake.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.HouseholdDetails;
import id.slrt.intake.api.HouseholdQuery;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.HouseholdSummary;
import id.slrt.intake.api.MemberInput;
import id.slrt.intake.api.MemberLeaving;
import id.slrt.intake.api.MoveDetails;
import id.slrt.intake.api.MovePerson;
import id.slrt.intake.api.ProgramDetails;
import id.slrt.intake.api.RecordProgram;
import id.slrt.intake.api.RecordWelfareStatus;
import id.slrt.intake.api.RegisterHousehold;
import id.slrt.intake.api.UpdateHousehold;
import id.slrt.intake.api.VoidWelfareStatus;
import id.slrt.intake.api.WelfareSnapshot;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Households of a district: register, read, list and search. */
@Tag(
    name = "Households",
    description = "Families (by family card, No. KK), their members and welfare status")
@ApplicationScoped
@Path("t/{tenant}/households")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class HouseholdResource {
  @Inject HouseholdService households;

  @Operation(operationId = "registerHousehold", summary = "Register a family with its members")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "201",
      responseDescription = "Registered; Location and ETag name it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "family",
                              summary = "A female-headed family of two",
                              value =
                                  "{\"kk\": \"3215011203150001\", \"address\": {\"villageCode\": \"32.15.01.1001\", \"rt\": \"002\", \"rw\": \"005\", \"street\": \"Jl. Tuparev 12\"}, \"femaleHeaded\": true, \"members\": [{\"nik\": \"3215014507850002\", \"name\": \"Siti Juariah\", \"sex\": \"F\", \"birthDate\": \"1985-07-05\", \"relationship\": \"KEPALA_KELUARGA\"}, {\"nik\": \"3215010101100003\", \"name\": \"Budi\", \"sex\": \"M\", \"birthDate\": \"2010-01-01\", \"relationship\": \"ANAK\"}]}")))
          RegisterHousehold request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    HouseholdDetails created = households.register(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @Operation(operationId = "getHousehold", summary = "Read a family with its members (ETag)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public Response get(@PathParam("id") long id) {
    HouseholdDetails household = households.get(id);
    return Response.ok(household).tag(etag(household)).build();
  }

  /** Corrects the address and the female-headed flag; needs the ETag read last in If-Match. */
  @Operation(
      operationId = "updateHousehold",
      summary = "Correct the address and the female-headed flag (If-Match)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family as changed, with its new ETag")
  @PUT
  @Path("{id:[0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      UpdateHousehold request) {
    return current(households.update(id, IfMatch.expectedVersion(ifMatch, id), request));
  }

  /** Adds a member (a birth, a marriage...); needs If-Match. */
  @Operation(
      operationId = "addHouseholdMember",
      summary = "Add a member: a birth, a marriage (If-Match)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family as changed, with its new ETag")
  @POST
  @Path("{id:[0-9]{1,18}}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addMember(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MemberInput member) {
    return current(households.addMember(id, IfMatch.expectedVersion(ifMatch, id), member));
  }

  /** Corrects what is recorded about a member; needs If-Match. */
  @Operation(
      operationId = "correctHouseholdMember",
      summary = "Correct what is recorded about a member (If-Match)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family as changed, with its new ETag")
  @PUT
  @Path("{id:[0-9]{1,18}}/members/{personId:[0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response correctMember(
      @PathParam("id") long id,
      @PathParam("personId") long personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MemberInput member) {
    return current(
        households.correctMember(id, personId, IfMatch.expectedVersion(ifMatch, id), member));
  }

  /** Records that a member died ({@code MENINGGAL}) or moved away ({@code PINDAH}). */
  @Operation(
      operationId = "recordMemberLeaving",
      summary = "Record that a member died (MENINGGAL) or moved away (PINDAH) (If-Match)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family as changed, with its new ETag")
  @POST
  @Path("{id:[0-9]{1,18}}/members/{personId:[0-9]{1,18}}/departures")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response memberLeft(
      @PathParam("id") long id,
      @PathParam("personId") long personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MemberLeaving leaving) {
    return current(
        households.memberLeft(id, personId, IfMatch.expectedVersion(ifMatch, id), leaving));
  }

  /**
   * Moves a member to another family card of the district: {@code {"toHouseholdId": 12,
   * "relationship": "ISTRI", "reason": "menikah"}}; needs this household's ETag in If-Match.
   */
  @Operation(
      operationId = "movePerson",
      summary = "Move a member to another family card of the district (If-Match)")
  @APIResponseSchema(
      value = HouseholdDetails.class,
      responseCode = "200",
      responseDescription = "The family the member left, with its new ETag")
  @POST
  @Path("{id:[0-9]{1,18}}/members/{personId:[0-9]{1,18}}/moves")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response movePerson(
      @PathParam("id") long id,
      @PathParam("personId") long personId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MovePerson move) {
    return current(households.movePerson(id, personId, IfMatch.expectedVersion(ifMatch, id), move));
  }

  /** A member's moves between family cards. */
  @Operation(operationId = "listPersonMoves", summary = "A member's moves between family cards")
  @GET
  @Path("{id:[0-9]{1,18}}/members/{personId:[0-9]{1,18}}/moves")
  public List<MoveDetails> moves(@PathParam("id") long id, @PathParam("personId") long personId) {
    return households.moves(id, personId);
  }

  /** Adds a dated DTKS/DTSEN status; earlier ones are kept. */
  @Operation(
      operationId = "recordWelfareStatus",
      summary = "Add a dated DTKS/DTSEN welfare status (earlier ones are kept)")
  @APIResponseSchema(
      value = WelfareSnapshot.class,
      responseCode = "201",
      responseDescription = "Recorded")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/welfare-status")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordWelfare(@PathParam("id") long id, RecordWelfareStatus request) {
    return Response.status(Response.Status.CREATED)
        .entity(households.recordWelfare(id, request))
        .build();
  }

  @Operation(
      operationId = "voidWelfareStatus",
      summary = "Mark a welfare status recorded by mistake as void (it stays in the history)")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/welfare-status/{sid:[0-9]{1,18}}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  public WelfareSnapshot voidWelfare(
      @PathParam("id") long id, @PathParam("sid") long sid, VoidWelfareStatus request) {
    return households.voidWelfare(id, sid, request);
  }

  /** The household's welfare statuses, the latest first. */
  @Operation(
      operationId = "listWelfareStatus",
      summary = "The family's welfare statuses, the latest first")
  @GET
  @Path("{id:[0-9]{1,18}}/welfare-status")
  public List<WelfareSnapshot> welfareHistory(@PathParam("id") long id) {
    return households.welfareHistory(id);
  }

  @Operation(
      operationId = "recordProgram",
      summary =
          "Record a program the family or a member receives or received (KIS/PBI, KIP: a member)")
  @APIResponseSchema(
      value = ProgramDetails.class,
      responseCode = "201",
      responseDescription = "Recorded")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/programs")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordProgram(
      @PathParam("id") long id,
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "kis",
                              summary = "A KIS/PBI card held but not active",
                              value =
                                  "{\"program\": \"KIS_PBI\", \"personId\": 12, \"since\": \"2021-03-01\", \"active\": false}")))
          RecordProgram request) {
    return Response.status(Response.Status.CREATED)
        .entity(households.recordProgram(id, request))
        .build();
  }

  @Operation(
      operationId = "listPrograms",
      summary = "The programs the family and its members receive or received, the latest first")
  @GET
  @Path("{id:[0-9]{1,18}}/programs")
  public List<ProgramDetails> programs(@PathParam("id") long id) {
    return households.programs(id);
  }

  private static Response current(HouseholdDetails household) {
    return Response.ok(household).tag(etag(household)).build();
  }

  @Operation(
      operationId = "listHouseholds",
      summary =
          "List or search families: by name (spelling variants), NIK or No. KK prefix, village")
  @GET
  public Page<HouseholdSummary> list(
      @QueryParam("villageCode") String villageCode,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return households.search(new HouseholdQuery(villageCode, q), PageRequest.of(page, size));
  }

  static EntityTag etag(HouseholdDetails household) {
    return IfMatch.tag(household.id(), household.version());
  }
}
