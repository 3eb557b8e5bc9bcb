package id.slrt.web.referral.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.AssignCaseManagers;
import id.slrt.referral.api.BreakGlassRequest;
import id.slrt.referral.api.CaseAccessEntry;
import id.slrt.referral.api.ChangeSafeContact;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.OpenViolenceCase;
import id.slrt.referral.api.RecordCaseStep;
import id.slrt.referral.api.RecordConsent;
import id.slrt.referral.api.ReferFromCase;
import id.slrt.referral.api.SocialProtectionView;
import id.slrt.referral.api.ViolenceCaseDetails;
import id.slrt.referral.api.ViolenceCaseService;
import id.slrt.referral.api.ViolenceCaseSummary;
import id.slrt.web.referral.web.LetterAddress;
import id.slrt.web.referral.web.LetterPdfs;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.ReplayWithoutBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * P2TP2A's violence cases (API.md "Violence cases"). Every path with a case's id answers 404 to
 * every caller who may not read that case, exactly as for an id that does not exist; the id is the
 * case's random reference. Opening a case, a step, a consent and a referral honour Idempotency-Key,
 * but keep no copy of the case's answer outside the case: a replay answers the first status (and
 * Location) with no body, and the client reads the case again.
 */
@Tag(
    name = "Violence cases",
    description =
        "P2TP2A case files, sealed: read only by the case's assigned managers and P2TP2A heads")
@ApplicationScoped
@Path("t/{tenant}/violence-cases")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ViolenceCaseResource {
  @Inject ViolenceCaseService cases;

  @Operation(operationId = "openViolenceCase", summary = "Open a violence case (case manager)")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "201",
      responseDescription = "Opened; the caller is assigned; Location names it")
  @Idempotent
  @ReplayWithoutBody
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "case",
                              summary = "A woman beaten by her husband, who lives in her KK",
                              value =
                                  "{\"victim\": {\"nik\": \"3215014507850001\", \"anonymous\":"
                                      + " false}, \"violenceTypes\": [\"FISIK\", \"PSIKIS\"],"
                                      + " \"perpetratorRelation\": \"SUAMI_ISTRI\","
                                      + " \"perpetratorInSameKk\": true,"
                                      + " \"safeContact\": \"Kakak, 0812-0000-0000\","
                                      + " \"narrative\": \"...\","
                                      + " \"consentSocialProtection\": true}")))
          OpenViolenceCase request,
      @Context UriInfo uri) {
    ViolenceCaseDetails c = cases.open(request);
    return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build()).entity(c).build();
  }

  @Operation(
      operationId = "listViolenceCases",
      summary = "The cases the caller reads, the newest first",
      description =
          "A manager's assigned cases; a P2TP2A head's all. status: BARU, DITANGANI,"
              + " DITERMINASI, DIPANTAU")
  @GET
  public Page<ViolenceCaseSummary> list(
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return cases.list(status, PageRequest.of(page, size));
  }

  @Operation(
      operationId = "violenceHandOvers",
      summary = "New hand-overs no manager has taken yet, the oldest first")
  @GET
  @Path("hand-overs")
  public Page<ViolenceCaseSummary> handOvers(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return cases.handOvers(PageRequest.of(page, size));
  }

  @Operation(operationId = "getViolenceCase", summary = "A case (its read is logged)")
  @GET
  @Path("{id}")
  public ViolenceCaseDetails get(@PathParam("id") String id) {
    return cases.get(id);
  }

  @Operation(operationId = "takeViolenceCase", summary = "Take a new hand-over")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "Taken; the caller is its manager")
  @POST
  @Path("{id}/take")
  public Response take(@PathParam("id") String id) {
    return Response.ok(cases.take(id)).build();
  }

  @Operation(operationId = "assignViolenceCase", summary = "Assign the case's managers")
  @PUT
  @Path("{id}/managers")
  @Consumes(MediaType.APPLICATION_JSON)
  public ViolenceCaseDetails assign(@PathParam("id") String id, AssignCaseManagers request) {
    return cases.assign(id, request);
  }

  @Operation(operationId = "recordCaseStep", summary = "Record a step of the SOP done")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "The case with the step; its status follows")
  @Idempotent
  @ReplayWithoutBody
  @POST
  @Path("{id}/steps")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordStep(@PathParam("id") String id, RecordCaseStep request) {
    return Response.ok(cases.recordStep(id, request)).build();
  }

  @Operation(operationId = "recordCaseConsent", summary = "Record a consent")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "The case with the consent")
  @Idempotent
  @ReplayWithoutBody
  @POST
  @Path("{id}/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recordConsent(@PathParam("id") String id, RecordConsent request) {
    return Response.ok(cases.recordConsent(id, request)).build();
  }

  @Operation(operationId = "withdrawCaseConsent", summary = "Withdraw a consent from today")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "The case with the consent withdrawn")
  @POST
  @Path("{id}/consents/{consentId:[0-9]{1,18}}/withdrawal")
  public Response withdrawConsent(
      @PathParam("id") String id, @PathParam("consentId") long consentId) {
    return Response.ok(cases.withdrawConsent(id, consentId)).build();
  }

  @Operation(
      operationId = "referFromCase",
      summary = "Refer the victim to a service of the catalogue, as a step of the SOP",
      description =
          "Only under a consent in force (social protection to SLRT, or a service referral to the"
              + " service's agency), for a registered victim, and with a safe contact when the"
              + " perpetrator lives in the victim's family card. The referral is made in the"
              + " district's name (sistem:kabupaten) and carries nothing of the case; it reaches"
              + " the victim through the safe contact when one is recorded.")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "The case with the step and its referral")
  @Idempotent
  @ReplayWithoutBody
  @POST
  @Path("{id}/referrals")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refer(@PathParam("id") String id, ReferFromCase request) {
    return Response.ok(cases.refer(id, request)).build();
  }

  @Operation(
      operationId = "caseReferralLetter",
      summary = "The letter of one of the case's referrals, in the district's name (PDF)",
      description =
          "Printed as any referral's letter, signed for the district's secretariat; 409 when the"
              + " district asks for the signatory's decision first or names no signatory.")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The letter (PDF, A4)")
  @APIResponse(
      responseCode = "409",
      description =
          "The district asks for the signatory's decision and the letter was not approved yet,"
              + " or no signatory is named")
  @GET
  @Path("{id}/referrals/{referralId:[0-9]{1,18}}/letter.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response referralLetter(
      @PathParam("id") String id,
      @PathParam("referralId") long referralId,
      @Context HttpServletRequest request) {
    LetterDocument letter = cases.referralLetter(id, referralId, LetterAddress.verifyBase(request));
    return LetterPdfs.answer(letter);
  }

  @Operation(
      operationId = "caseSocialProtection",
      summary = "The victim's family's welfare status and programs, under consent")
  @GET
  @Path("{id}/social-protection")
  public SocialProtectionView socialProtection(@PathParam("id") String id) {
    return cases.socialProtection(id);
  }

  @Operation(
      operationId = "changeCaseSafeContact",
      summary = "Set or clear the safe contact the victim is reached at")
  @PUT
  @Path("{id}/safe-contact")
  @Consumes(MediaType.APPLICATION_JSON)
  public ViolenceCaseDetails changeSafeContact(
      @PathParam("id") String id, ChangeSafeContact request) {
    return cases.changeSafeContact(id, request);
  }

  @Operation(
      operationId = "breakGlass",
      summary = "Read a case in an emergency (district admin), with a written reason",
      description =
          "The reason is kept with the case and shown to its managers at once, and the read is in"
              + " the access log. Every other caller gets 404, as for a case that does not exist.")
  @APIResponseSchema(
      value = ViolenceCaseDetails.class,
      responseCode = "200",
      responseDescription = "The case, read under the emergency")
  @POST
  @Path("{id}/break-glass")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response breakGlass(@PathParam("id") String id, BreakGlassRequest request) {
    return Response.ok(cases.breakGlass(id, request)).build();
  }

  @Operation(
      operationId = "caseAccessLog",
      summary = "Every read and change of the case, the latest first")
  @GET
  @Path("{id}/access-log")
  public Page<CaseAccessEntry> accessLog(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return cases.accessLog(id, PageRequest.of(page, size));
  }
}
