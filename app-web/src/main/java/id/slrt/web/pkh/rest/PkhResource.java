package id.slrt.web.pkh.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.AssessFamily;
import id.slrt.pkh.api.AttendanceSheet;
import id.slrt.pkh.api.ComplementarityDetails;
import id.slrt.pkh.api.ComplementarityService;
import id.slrt.pkh.api.ComplianceReport;
import id.slrt.pkh.api.ConditionalityRuleDetails;
import id.slrt.pkh.api.ConditionalityService;
import id.slrt.pkh.api.EditP2k2Module;
import id.slrt.pkh.api.EnrolKpm;
import id.slrt.pkh.api.ExitKpm;
import id.slrt.pkh.api.FollowUpDue;
import id.slrt.pkh.api.FollowUpService;
import id.slrt.pkh.api.GraduationDetails;
import id.slrt.pkh.api.GraduationRanking;
import id.slrt.pkh.api.GraduationService;
import id.slrt.pkh.api.GraduationTransition;
import id.slrt.pkh.api.GroupDetails;
import id.slrt.pkh.api.IssueWarning;
import id.slrt.pkh.api.KpmDetails;
import id.slrt.pkh.api.KpmFilter;
import id.slrt.pkh.api.KpmService;
import id.slrt.pkh.api.MonitoringService;
import id.slrt.pkh.api.P2k2CatalogueService;
import id.slrt.pkh.api.P2k2ModuleDetails;
import id.slrt.pkh.api.P2k2SessionService;
import id.slrt.pkh.api.ProposeGraduation;
import id.slrt.pkh.api.QuestionnaireDetails;
import id.slrt.pkh.api.RecordFollowUp;
import id.slrt.pkh.api.ReferGap;
import id.slrt.pkh.api.ReplacementCandidate;
import id.slrt.pkh.api.SessionLogDetails;
import id.slrt.pkh.api.SessionLogInput;
import id.slrt.pkh.api.SheetPhotoDetails;
import id.slrt.pkh.api.SheetPhotoImage;
import id.slrt.pkh.api.SocioEconomicDetails;
import id.slrt.pkh.api.SocioEconomicService;
import id.slrt.pkh.api.StickerService;
import id.slrt.pkh.api.SyncOutcome;
import id.slrt.pkh.api.TargetProgress;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.IfMatch;
import id.slrt.web.rest.Problem;
import id.slrt.web.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** PKH: the KPM families, the facilitators' groups and the P2K2 curriculum. */
@Tag(name = "PKH", description = "KPM families, facilitators' groups, the P2K2 curriculum")
@ApplicationScoped
@Path("t/{tenant}/pkh")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PkhResource {
  @Inject KpmService kpm;
  @Inject P2k2CatalogueService catalogue;
  @Inject P2k2SessionService sessions;
  @Inject GraduationService graduations;
  @Inject ConditionalityService conditionality;
  @Inject ComplementarityService complementarity;
  @Inject FollowUpService followUps;
  @Inject StickerService stickers;
  @Inject MonitoringService monitoring;
  @Inject SocioEconomicService socioEconomic;

  @Operation(
      operationId = "enrolKpm",
      summary = "Enrol a family of intake in PKH",
      description =
          "participantNumber (15 digits, the district's regency first), the family by kk or by"
              + " recipientNik/recipientPersonId (default recipient: the wife, else the head),"
              + " startYear, components ([\"ANAK_SD\"]) and members' components with dates,"
              + " groupCode (a new code becomes a group of the facilitator; a coordinator names"
              + " its facilitator). Components: IBU_HAMIL, ANAK_USIA_DINI, DISABILITAS_BERAT,"
              + " LANJUT_USIA, ANAK_SD, ANAK_SMP, ANAK_SMA. A number or family enrolled already is"
              + " 409.")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "201",
      responseDescription = "Enrolled; Location names it")
  @POST
  @Path("kpm")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(EnrolKpm request, @Context UriInfo uri) {
    KpmDetails made = kpm.enrol(request);
    return Response.created(uri.getAbsolutePathBuilder().path(made.participantNumber()).build())
        .tag(IfMatch.tag(made.id(), made.version()))
        .entity(made)
        .build();
  }

  @Operation(
      operationId = "getKpm",
      summary = "A KPM by participant number; one the caller does not see is 404")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The KPM")
  @GET
  @Path("kpm/{number}")
  public Response get(@PathParam("number") String number) {
    KpmDetails found = kpm.get(number);
    return Response.ok(found).tag(IfMatch.tag(found.id(), found.version())).build();
  }

  @Operation(
      operationId = "listKpm",
      summary = "The KPM the caller sees: a facilitator their groups', a coordinator their area's",
      description = "groupCode; status: AKTIF, GRADUASI, KELUAR")
  @GET
  @Path("kpm")
  public Page<KpmDetails> list(
      @QueryParam("groupCode") String groupCode,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return kpm.search(new KpmFilter(groupCode, status), PageRequest.of(page, size));
  }

  @Operation(
      operationId = "exitKpm",
      summary = "End a KPM's membership (pemberhentian); a coordinator or the district admin",
      description =
          "reason TIDAK_MEMENUHI_KOMITMEN (only after the last warning, where the district's rule"
              + " allows it), PINDAH_DOMISILI, MENINGGAL, MENGUNDURKAN_DIRI, TIDAK_MEMENUHI_SYARAT"
              + " or LAINNYA (with a note); on (default today). An ended KPM is 409.")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The ended KPM")
  @POST
  @Path("kpm/{number}/exit")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response exit(@PathParam("number") String number, ExitKpm exit) {
    KpmDetails done = kpm.exit(number, exit);
    return Response.ok(done).tag(IfMatch.tag(done.id(), done.version())).build();
  }

  @Operation(
      operationId = "warnKpm",
      summary = "Give a KPM its next warning for a payment period it missed",
      description =
          "level PERTAMA, KEDUA, TERAKHIR in that order, one per period, each period after the"
              + " previous warning's; period (e.g. 2026-P3) in which the KPM did not meet the"
              + " district's attendance rule; note. Out of order, a compliant period or a repeated"
              + " period is 409.")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The KPM with its warnings")
  @POST
  @Path("kpm/{number}/warnings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response warn(@PathParam("number") String number, IssueWarning warning) {
    KpmDetails done = conditionality.warn(number, warning);
    return Response.ok(done).tag(IfMatch.tag(done.id(), done.version())).build();
  }

  @Operation(
      operationId = "listKpmCompliance",
      summary = "Attendance per payment period of the active KPM the caller sees",
      description =
          "period (e.g. 2026-P3, default the current one), groupCode, flagged=true for only the"
              + " KPM that missed their commitment in the rule's last periods in a row; with the"
              + " totals assessed, compliant and flagged.")
  @GET
  @Path("conditionality")
  public ComplianceReport compliance(
      @QueryParam("period") String period,
      @QueryParam("groupCode") String groupCode,
      @QueryParam("flagged") String flagged,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return conditionality.compliance(period, groupCode, flagged, PageRequest.of(page, size));
  }

  @Operation(
      operationId = "getConditionalityRule",
      summary = "The district's P2K2 conditionality rule and the current payment period")
  @GET
  @Path("conditionality-rule")
  public ConditionalityRuleDetails conditionalityRule() {
    return conditionality.rule();
  }

  @Operation(
      operationId = "changeConditionalityRule",
      summary = "The district admin changes the conditionality rule",
      description =
          "periodMonths (1, 2, 3, 4, 6 or 12), minimumPercent (1-100), flagAfterPeriods (1-4),"
              + " forcedExitAllowed; all four required.")
  @PUT
  @Path("conditionality-rule")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConditionalityRuleDetails changeConditionalityRule(ConditionalityRuleDetails change) {
    return conditionality.changeRule(change);
  }

  @Operation(
      operationId = "syncP2k2Sessions",
      summary = "A batch of P2K2 session logs from a facilitator's phone",
      description =
          "Each log on its own, idempotent by its id (the phone's UUID): the answer lists per log"
              + " result created, unchanged or error (with errors by field within the log). A"
              + " second, different log of a group's module and session is created as a conflict"
              + " (conflictWith names the log that counts) for the facilitator to decide. At most"
              + " 200 logs per batch.")
  @POST
  @Path("p2k2-sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<SyncAnswer> sync(
      @RequestBody(
              content =
                  @Content(
                      schema =
                          @Schema(type = SchemaType.ARRAY, implementation = SessionLogInput.class)))
          JsonValue body,
      @Context HttpHeaders headers) {
    Locale locale = RequestLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    // read as JSON first and as logs after: a body that is no list reaches the service as none,
    // so a caller without the role is refused (403) before anything about the body is said
    List<SessionLogInput> batch = null;
    if (body instanceof JsonArray array) {
      try {
        batch = JSONB.fromJson(array.toString(), LOG_LIST);
      } catch (JsonbException e) {
        FieldErrors errors = new FieldErrors();
        errors.add("", "pkh.sync.notALogList");
        errors.throwIfAny();
      }
    }
    return sessions.sync(batch).stream().map(o -> SyncAnswer.of(o, locale)).toList();
  }

  private static final int READ_AT_MOST = 8 * 1024 * 1024;
  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final java.lang.reflect.Type LOG_LIST =
      new ArrayList<SessionLogInput>() {}.getClass().getGenericSuperclass();

  /**
   * What became of one log, its refusals in the caller's language.
   *
   * @param result created, unchanged or error
   */
  public record SyncAnswer(
      String id,
      String result,
      Long sessionId,
      Long conflictWith,
      List<Problem.FieldProblem> errors) {
    static SyncAnswer of(SyncOutcome o, Locale locale) {
      return new SyncAnswer(
          o.id(),
          o.result(),
          o.sessionId(),
          o.conflictWith(),
          o.errors() == null
              ? null
              : o.errors().stream()
                  .map(f -> new Problem.FieldProblem(f.field(), f.message(locale)))
                  .toList());
    }
  }

  @Operation(
      operationId = "listP2k2Sessions",
      summary = "Logged P2K2 sessions of the groups the caller sees, the latest first",
      description = "groupCode; state: TERCATAT, KONFLIK, DISISIHKAN")
  @GET
  @Path("p2k2-sessions")
  public Page<SessionLogDetails> logs(
      @QueryParam("groupCode") String groupCode,
      @QueryParam("state") String state,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return sessions.logs(groupCode, state, PageRequest.of(page, size));
  }

  @Operation(operationId = "getP2k2Session", summary = "One logged P2K2 session")
  @GET
  @Path("p2k2-sessions/{id:[0-9]{1,18}}")
  public SessionLogDetails log(@PathParam("id") long id) {
    return sessions.log(id);
  }

  /** The facilitator's decision on a conflicting log. */
  public record ConflictDecision(Boolean keep) {}

  @Operation(
      operationId = "decideP2k2Conflict",
      summary = "Decide a conflicting log: keep=true makes it count (the other is set aside)")
  @POST
  @Path("p2k2-sessions/{id:[0-9]{1,18}}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public SessionLogDetails decide(@PathParam("id") long id, ConflictDecision decision) {
    return sessions.decide(id, decision == null ? null : decision.keep());
  }

  @Operation(
      operationId = "putP2k2SheetPhoto",
      summary = "The photo of a logged session's signed attendance sheet, from the facilitator",
      description =
          "The image itself as the body (JPEG, PNG or WebP, at most 3 MB; its type is read from"
              + " its bytes). A newer photo replaces the one kept; the same photo again answers"
              + " changed false.")
  @PUT
  @Path("p2k2-sessions/{id:[0-9]{1,18}}/sheet-photo")
  @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
  public SheetPhotoDetails putSheetPhoto(@PathParam("id") long id, InputStream body)
      throws IOException {
    // the photo's own limit is the domain's (3 MB); this only stops reading a flood, and what is
    // cut off here is still more than that limit, so it is refused as too large
    byte[] image = body == null ? new byte[0] : body.readNBytes(READ_AT_MOST);
    return sessions.putSheetPhoto(id, image);
  }

  @Operation(
      operationId = "getP2k2SheetPhoto",
      summary = "The photo of a logged session's signed attendance sheet")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The image (JPEG, PNG or WebP)")
  @GET
  @Path("p2k2-sessions/{id:[0-9]{1,18}}/sheet-photo")
  @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
  public Response sheetPhoto(@PathParam("id") long id) {
    SheetPhotoImage photo = sessions.sheetPhoto(id);
    return Response.ok(photo.data(), photo.contentType())
        .header("Content-Disposition", "inline; filename=\"" + photo.fileName() + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @Operation(
      operationId = "printAttendanceSheet",
      summary = "A group's attendance sheet for a P2K2 session, as PDF for signatures",
      description = "moduleCode and sessionNo (within the module) required; heldOn optional")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The sheet (PDF, A4)")
  @GET
  @Path("groups/{code}/attendance-sheet.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response attendanceSheet(
      @PathParam("code") String code,
      @QueryParam("moduleCode") String moduleCode,
      @QueryParam("sessionNo") String sessionNo,
      @QueryParam("heldOn") String heldOn) {
    AttendanceSheet sheet = sessions.attendanceSheet(code, moduleCode, sessionNo, heldOn);
    return Response.ok(sheet.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + sheet.fileName() + "\"")
        .build();
  }

  @Operation(
      operationId = "proposeGraduation",
      summary = "Propose a KPM's graduation",
      description =
          "type ALAMIAH (only when no component remains), MANDIRI or SEJAHTERA_MANDIRI (with"
              + " statementLetter true and statementDate; SEJAHTERA_MANDIRI also business);"
              + " training, notes. One open proposal per KPM (409).")
  @APIResponseSchema(
      value = GraduationDetails.class,
      responseCode = "201",
      responseDescription = "Proposed; Location names it")
  @POST
  @Path("graduations")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(ProposeGraduation request, @Context UriInfo uri) {
    GraduationDetails made = graduations.propose(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(made.id())).build())
        .tag(IfMatch.tag(made.id(), made.version()))
        .entity(made)
        .build();
  }

  @Operation(
      operationId = "listGraduations",
      summary = "Graduation proposals of the KPM the caller sees, the newest first",
      description = "status: DIUSULKAN, DISETUJUI, DITOLAK")
  @GET
  @Path("graduations")
  public Page<GraduationDetails> graduations(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return graduations.search(status, PageRequest.of(page, size));
  }

  @Operation(operationId = "getGraduation", summary = "One graduation proposal")
  @GET
  @Path("graduations/{id:[0-9]{1,18}}")
  public GraduationDetails graduation(@PathParam("id") long id) {
    return graduations.get(id);
  }

  @Operation(
      operationId = "decideGraduation",
      summary = "A PKH coordinator approves (DISETUJUI) or refuses (DITOLAK, with a note)",
      description =
          "Only a KOORDINATOR_PKH, never the proposal's author; an approval graduates the KPM."
              + " A decided proposal is 409.")
  @POST
  @Path("graduations/{id:[0-9]{1,18}}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public GraduationDetails decideGraduation(
      @PathParam("id") long id, GraduationTransition transition) {
    return graduations.decide(id, transition);
  }

  @Operation(
      operationId = "listNaturalGraduationCandidates",
      summary = "Active KPM the caller sees with no component left: natural graduation (ALAMIAH)")
  @GET
  @Path("graduation-candidates")
  public List<KpmDetails> naturalCandidates() {
    return graduations.naturalCandidates();
  }

  @Operation(operationId = "listPkhGroups", summary = "The groups the caller sees")
  @GET
  @Path("groups")
  public List<GroupDetails> groups() {
    return kpm.groups();
  }

  @Operation(
      operationId = "listP2k2Modules",
      summary = "The P2K2 curriculum: modules and their sessions, numbered within the module")
  @GET
  @Path("p2k2-modules")
  public List<P2k2ModuleDetails> modules() {
    return catalogue.modules();
  }

  @Operation(
      operationId = "saveP2k2Module",
      summary = "The district admin adds a P2K2 module or rewrites one",
      description =
          "title and sessions ([{\"title\": ...}], session 1 first, at most 20). A new code goes"
              + " after the curriculum's last module; the overall numbers follow. A module keeps"
              + " every session the groups have logged (409 otherwise).")
  @PUT
  @Path("p2k2-modules/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public P2k2ModuleDetails saveModule(@PathParam("code") String code, EditP2k2Module module) {
    return catalogue.saveModule(code, module);
  }

  @Operation(
      operationId = "getKpmComplementarity",
      summary = "The other programs a KPM's family receives, and the gaps",
      description =
          "From intake's record of the family: what it and its members receive today; what they"
              + " lack (BPNT for the family, KIS/PBI for each member, KIP for each pupil) with the"
              + " service that answers it and the last referral made for it.")
  @GET
  @Path("kpm/{number}/complementarity")
  public ComplementarityDetails complementarity(@PathParam("number") String number) {
    return complementarity.of(number);
  }

  @Operation(
      operationId = "referKpmGap",
      summary = "Refer a KPM's gap in one step",
      description =
          "program (BPNT, KIS_PBI, KIP) and personId, one of the gaps listed; a gap whose referral"
              + " is still open, or no gap, is 409.")
  @POST
  @Path("kpm/{number}/complementarity/referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  public ComplementarityDetails referGap(@PathParam("number") String number, ReferGap gap) {
    return complementarity.referGap(number, gap);
  }

  /** A facilitator's yearly graduation target. */
  public record TargetChange(Integer target) {}

  @Operation(
      operationId = "listGraduationTargets",
      summary = "The facilitators the caller sees with the year's graduation target and progress",
      description = "year (default this year); graduated counts approvals in the year")
  @GET
  @Path("graduation-targets")
  public List<TargetProgress> targets(@QueryParam("year") String year) {
    return graduations.targets(year);
  }

  @Operation(
      operationId = "setGraduationTarget",
      summary = "A coordinator or the district admin sets a facilitator's target for a year",
      description = "target 0-500; year last, this or next")
  @PUT
  @Path("graduation-targets/{facilitator}/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TargetProgress setTarget(
      @PathParam("facilitator") String facilitator,
      @PathParam("year") String year,
      TargetChange change) {
    return graduations.setTarget(facilitator, year, change == null ? null : change.target());
  }

  @Operation(
      operationId = "listFollowUpsDue",
      summary = "Follow-ups of graduated KPM due within a month or overdue, not yet recorded",
      description = "Rounds 6 and 12 months after graduation, the earliest due first")
  @GET
  @Path("graduation-follow-ups")
  public List<FollowUpDue> followUpsDue() {
    return followUps.due();
  }

  @Operation(
      operationId = "recordFollowUp",
      summary = "The facilitator records a graduated KPM's follow-up",
      description =
          "round 6 or 12, on (from a month before it is due until today), outcome MANDIRI or"
              + " MENURUN, note; each round once (409).")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The KPM")
  @POST
  @Path("kpm/{number}/follow-ups")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordFollowUp(@PathParam("number") String number, RecordFollowUp followUp) {
    KpmDetails done = followUps.record(number, followUp);
    return Response.ok(done).tag(IfMatch.tag(done.id(), done.version())).build();
  }

  @Operation(
      operationId = "referBackAfterFollowUp",
      summary = "Refer a graduated family found fallen back at a follow-up back to PKH",
      description = "Once per follow-up that found it MENURUN (409 otherwise)")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The KPM")
  @POST
  @Path("kpm/{number}/follow-ups/{round:(6|12)}/referral")
  public Response referBack(@PathParam("number") String number, @PathParam("round") int round) {
    KpmDetails done = followUps.referBack(number, round);
    return Response.ok(done).tag(IfMatch.tag(done.id(), done.version())).build();
  }

  /** The district's sticker text. */
  public record StickerTextBody(String text) {}

  /** The day a house got its sticker. */
  public record StickerPlaced(String on) {}

  @Operation(
      operationId = "getStickerText",
      summary = "The district's neutral text for the stickers on KPM houses")
  @GET
  @Path("sticker-text")
  public StickerTextBody stickerText() {
    return new StickerTextBody(stickers.text());
  }

  @Operation(
      operationId = "changeStickerText",
      summary = "The district admin changes the sticker text; one saying \"miskin\" is refused")
  @PUT
  @Path("sticker-text")
  @Consumes(MediaType.APPLICATION_JSON)
  public StickerTextBody changeStickerText(StickerTextBody body) {
    return new StickerTextBody(stickers.changeText(body == null ? null : body.text()));
  }

  @Operation(
      operationId = "printStickers",
      summary = "The stickers of a group's active KPM houses, as PDF to print and cut")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The stickers (PDF, A4, six a page)")
  @GET
  @Path("groups/{code}/stickers.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response printStickers(@PathParam("code") String code) {
    AttendanceSheet sheet = stickers.stickers(code);
    return Response.ok(sheet.pdf(), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + sheet.fileName() + "\"")
        .build();
  }

  @Operation(
      operationId = "recordStickerPlaced",
      summary = "The facilitator records the day a KPM's house got its sticker",
      description = "on (default today); the sticker carries the district's text of that day")
  @APIResponseSchema(
      value = KpmDetails.class,
      responseCode = "200",
      responseDescription = "The KPM")
  @POST
  @Path("kpm/{number}/sticker")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response stickerPlaced(@PathParam("number") String number, StickerPlaced placed) {
    KpmDetails done = stickers.placed(number, placed == null ? null : placed.on());
    return Response.ok(done).tag(IfMatch.tag(done.id(), done.version())).build();
  }

  /** The instrument's criteria, in order. */
  public record ChangeInstrument(List<MonitoringService.CriterionDetails> criteria) {}

  @Operation(
      operationId = "getQualityInstrument",
      summary = "The district's instrument for monitoring P2K2 session quality")
  @GET
  @Path("quality-instrument")
  public List<MonitoringService.CriterionDetails> instrument() {
    return monitoring.instrument();
  }

  @Operation(
      operationId = "changeQualityInstrument",
      summary = "The district admin replaces the instrument's criteria",
      description = "criteria [{text, maxScore 1-10}], 1 to 15")
  @PUT
  @Path("quality-instrument")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<MonitoringService.CriterionDetails> changeInstrument(ChangeInstrument change) {
    return monitoring.changeInstrument(change == null ? null : change.criteria());
  }

  @Operation(
      operationId = "assessP2k2Session",
      summary = "A PKH coordinator scores a logged session by the instrument",
      description =
          "scores (one per criterion, in order, 0 to its maxScore), observedOn (default the"
              + " session's day), note. Only a session that counts (TERCATAT); 409 otherwise.")
  @POST
  @Path("p2k2-sessions/{id:[0-9]{1,18}}/quality")
  @Consumes(MediaType.APPLICATION_JSON)
  public MonitoringService.AssessmentDetails assess(
      @PathParam("id") long id, MonitoringService.AssessSession assessment) {
    return monitoring.assess(id, assessment);
  }

  @Operation(
      operationId = "listP2k2SessionAssessments",
      summary = "The quality assessments of a logged session")
  @GET
  @Path("p2k2-sessions/{id:[0-9]{1,18}}/quality")
  public List<MonitoringService.AssessmentDetails> assessments(@PathParam("id") long id) {
    return monitoring.assessments(id);
  }

  @Operation(
      operationId = "recordCoaching",
      summary = "A PKH coordinator records the coaching of a facilitator",
      description = "facilitator (username), heldOn (default today), topic, notes, followUp")
  @POST
  @Path("coaching")
  @Consumes(MediaType.APPLICATION_JSON)
  public MonitoringService.CoachingDetails coach(MonitoringService.RecordCoaching coaching) {
    return monitoring.coach(coaching);
  }

  @Operation(
      operationId = "listCoaching",
      summary = "Coaching records, the latest first (a facilitator's own)",
      description = "facilitator (for coordinators and the admin)")
  @GET
  @Path("coaching")
  public List<MonitoringService.CoachingDetails> coachings(
      @QueryParam("facilitator") String facilitator) {
    return monitoring.coachings(facilitator);
  }

  @Operation(
      operationId = "getGraduationQuestionnaire",
      summary = "The district's socio-economic questionnaire that ranks graduation candidates")
  @GET
  @Path("graduation-questionnaire")
  public QuestionnaireDetails questionnaire() {
    return socioEconomic.questionnaire();
  }

  @Operation(
      operationId = "changeGraduationQuestionnaire",
      summary = "The district admin replaces the questionnaire's questions",
      description =
          "questions [{text, options [{text, score 0-10}], 2 to 8}], 1 to 25; never \"miskin\"."
              + " Assessments made before keep the questions they were made with.")
  @PUT
  @Path("graduation-questionnaire")
  @Consumes(MediaType.APPLICATION_JSON)
  public QuestionnaireDetails changeQuestionnaire(QuestionnaireDetails questionnaire) {
    return socioEconomic.changeQuestionnaire(questionnaire);
  }

  @Operation(
      operationId = "assessKpmSocioEconomic",
      summary = "A facilitator or coordinator records a KPM's answers to the questionnaire",
      description =
          "answers (for each question in order, the position from 0 of the answer given),"
              + " assessedOn (default today), note. Active KPM only (409 otherwise).")
  @APIResponseSchema(
      value = SocioEconomicDetails.class,
      responseCode = "201",
      responseDescription = "The assessment with its score")
  @POST
  @Path("kpm/{number}/socioeconomic")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assessSocioEconomic(
      @PathParam("number") String number, AssessFamily assessment, @Context UriInfo uri) {
    SocioEconomicDetails made = socioEconomic.assess(number, assessment);
    return Response.created(uri.getAbsolutePath()).entity(made).build();
  }

  @Operation(
      operationId = "listKpmSocioEconomic",
      summary = "A KPM's socio-economic assessments, the latest first")
  @GET
  @Path("kpm/{number}/socioeconomic")
  public List<SocioEconomicDetails> socioEconomic(@PathParam("number") String number) {
    return socioEconomic.assessments(number);
  }

  @Operation(
      operationId = "getGraduationRanking",
      summary = "Each facilitator's active KPM ranked by their latest assessment",
      description =
          "facilitator narrows it to one facilitator's (a facilitator's own always); a list of"
              + " one facilitator ends with their KPM not yet assessed")
  @GET
  @Path("graduation-ranking")
  public GraduationRanking ranking(@QueryParam("facilitator") String facilitator) {
    return socioEconomic.ranking(facilitator);
  }

  @Operation(
      operationId = "listGraduationReplacements",
      summary = "After an approved graduation, the families that could take the KPM's place",
      description =
          "DTSEN desil 1-4 by their current status, in the graduate's kecamatan, not in PKH; the"
              + " lowest desil first, at most 20. 409 before the graduation is approved.")
  @GET
  @Path("graduations/{id:[0-9]{1,18}}/replacements")
  public List<ReplacementCandidate> replacements(@PathParam("id") long id) {
    return graduations.replacements(id);
  }

  /** The note going with the verivali proposal. */
  public record VerivaliNote(String note) {}

  @Operation(
      operationId = "proposeGraduationVerivali",
      summary = "After an approved voluntary graduation, propose intake's verivali (PERBAIKAN)",
      description =
          "A PKH coordinator, once per graduation, for MANDIRI and SEJAHTERA_MANDIRI: the family's"
              + " DTSEN data is to be corrected. 409 otherwise.")
  @POST
  @Path("graduations/{id:[0-9]{1,18}}/verivali")
  @Consumes(MediaType.APPLICATION_JSON)
  public GraduationDetails proposeVerivali(@PathParam("id") long id, VerivaliNote note) {
    return graduations.proposeVerivali(id, note == null ? null : note.note());
  }
}
