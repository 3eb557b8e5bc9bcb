package id.slrt.web.referral.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.referral.api.CreateReferral;
import id.slrt.referral.api.LetterDecision;
import id.slrt.referral.api.LetterDetails;
import id.slrt.referral.api.LetterDocument;
import id.slrt.referral.api.LetterNote;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.ReferralDetails;
import id.slrt.referral.api.ReferralFilter;
import id.slrt.referral.api.ReferralService;
import id.slrt.referral.api.ReferralTransition;
import id.slrt.web.referral.web.LetterAddress;
import id.slrt.web.referral.web.LetterPdfs;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.IfMatch;
import id.slrt.web.rest.OptionalIfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
 * Referrals of a district (API.md {@code /referrals}) and their letters ({@code
 * /referrals/{id}/letter.pdf}, with the optional recommendation and decision before it is printed).
 */
@Tag(
    name = "Referrals",
    description = "A person referred to a service of the catalogue, followed to its outcome")
@ApplicationScoped
@Path("t/{tenant}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReferralResource {
  @Inject ReferralService referrals;
  @Inject LetterService letters;

  @Operation(operationId = "makeReferral", summary = "Refer a person to a service")
  @APIResponseSchema(
      value = ReferralDetails.class,
      responseCode = "201",
      responseDescription =
          "Referred (DIRUJUK), with its due date, the documents to bring and the service's"
              + " conditions the person may not meet (warnings); Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refer(
      @RequestBody(
              content =
                  @Content(
                      examples = {
                        @ExampleObject(
                            name = "referral",
                            summary = "Health insurance for a mother without KIS",
                            value =
                                "{\"nik\": \"3215014507850002\", \"serviceCode\": \"KIS\", \"reason\": \"Belum punya KIS\", \"needId\": 12, \"fastTrack\": false}"),
                        @ExampleObject(
                            name = "paperReferral",
                            summary =
                                "A paper referral recorded later, due from the day it was made"
                                    + " (at most 30 days back)",
                            value =
                                "{\"nik\": \"3215014507850002\", \"serviceCode\": \"KIS\", \"reason\": \"Belum punya KIS\", \"referredOn\": \"2026-11-20\"}")
                      }))
          CreateReferral request,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      @Context UriInfo uri) {
    ReferralDetails referral =
        referrals.refer(request).localized(id.slrt.web.rest.RequestLocale.of(language));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(referral.id())).build())
        .tag(IfMatch.tag(referral.id(), referral.version()))
        .entity(referral)
        .build();
  }

  @Operation(operationId = "getReferral", summary = "Read a referral with its history (ETag)")
  @APIResponseSchema(
      value = ReferralDetails.class,
      responseCode = "200",
      responseDescription = "The referral")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public Response get(@PathParam("id") long id) {
    ReferralDetails referral = referrals.get(id);
    return Response.ok(referral).tag(IfMatch.tag(referral.id(), referral.version())).build();
  }

  @Operation(
      operationId = "listReferrals",
      summary = "Referrals the caller may see, the oldest due first",
      description =
          "status: DIRUJUK, DITERIMA, DITOLAK, DIPROSES, SELESAI, DITARIK; overdue=true: open"
              + " ones past their due date; escalation=PUSKESOS|KECAMATAN|KABUPATEN: open ones"
              + " raised to that level of the district's chain or higher (ignored for agencies)")
  @GET
  public Page<ReferralDetails> list(
      @QueryParam("status") String status,
      @QueryParam("serviceCode") String serviceCode,
      @QueryParam("overdue") String overdue,
      @QueryParam("nik") String nik,
      @QueryParam("needId") String needId,
      @QueryParam("escalation") String escalation,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return referrals.search(
        new ReferralFilter(status, serviceCode, overdue, nik, needId, escalation),
        PageRequest.of(page, size));
  }

  @Operation(
      operationId = "moveReferral",
      summary = "Move a referral on; an illegal move is 409",
      description =
          "DIRUJUK -> DITERIMA | DITOLAK | DITARIK; DITERIMA -> DIPROSES | DITARIK; DIPROSES ->"
              + " SELESAI (with outcome DILAYANI, TIDAK_LAYAK or DIRUJUK_LANJUT and"
              + " referOnServiceCode) | DITOLAK. If-Match is honoured when sent, never required.")
  @APIResponseSchema(
      value = ReferralDetails.class,
      responseCode = "200",
      responseDescription = "The referral as moved")
  @POST
  @Idempotent
  @OptionalIfMatch
  @Path("{id:[0-9]{1,18}}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response move(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ReferralTransition transition) {
    ReferralDetails referral = referrals.move(id, IfMatch.versionIfSent(ifMatch, id), transition);
    return Response.ok(referral).tag(IfMatch.tag(referral.id(), referral.version())).build();
  }

  @Operation(
      operationId = "getReferralLetter",
      summary = "A referral's letter: status, number, signatory and what the caller may do")
  @GET
  @Path("{id:[0-9]{1,18}}/letter")
  public LetterDetails letter(@PathParam("id") long id) {
    return letters.letter(id);
  }

  @Operation(
      operationId = "printReferralLetter",
      summary = "The referral letter as PDF; the first print issues it (number, signatory)",
      description =
          "Where the district asks for a recommendation and the signatory's decision, 409 until"
              + " the letter was approved. Printed again it is the same letter.")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The letter (PDF, A4)")
  @APIResponse(
      responseCode = "409",
      description =
          "The district asks for the signatory's decision and the letter was not approved yet,"
              + " or was refused")
  @GET
  @Path("{id:[0-9]{1,18}}/letter.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response print(@PathParam("id") long id, @Context HttpServletRequest request) {
    LetterDocument letter = letters.print(id, LetterAddress.verifyBase(request));
    return LetterPdfs.answer(letter);
  }

  @Operation(
      operationId = "recommendReferralLetter",
      summary = "The back office recommends the letter for the signatory's decision")
  @APIResponseSchema(
      value = LetterDetails.class,
      responseCode = "200",
      responseDescription = "The letter, waiting for the decision (DIREKOMENDASIKAN)")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/letter/recommendation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response recommend(@PathParam("id") long id, LetterNote note) {
    return Response.ok(letters.recommend(id, note)).build();
  }

  @Operation(
      operationId = "decideReferralLetter",
      summary = "The signatory approves (the letter is issued) or refuses with a reason")
  @APIResponseSchema(
      value = LetterDetails.class,
      responseCode = "200",
      responseDescription = "The letter, TERBIT or DITOLAK")
  @POST
  @Idempotent
  @Path("{id:[0-9]{1,18}}/letter/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response decide(@PathParam("id") long id, LetterDecision decision) {
    return Response.ok(letters.decide(id, decision)).build();
  }
}
