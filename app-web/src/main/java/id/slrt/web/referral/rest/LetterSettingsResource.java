package id.slrt.web.referral.rest;

import id.slrt.referral.api.ChangeLetterSettings;
import id.slrt.referral.api.LetterService;
import id.slrt.referral.api.LetterSettingsDetails;
import id.slrt.referral.api.NameSignatory;
import id.slrt.referral.api.SignatoryDetails;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.IfMatch;
import id.slrt.web.rest.OptionalIfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The district's letterhead, letter numbering, decision step and signatories. */
@Tag(
    name = "Referral letters",
    description =
        "The surat rujukan: letterhead, number, signatory and a QR code to its verification page")
@ApplicationScoped
@Path("t/{tenant}/letter-settings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LetterSettingsResource {
  /** Settings are one record per district: their ETag names this id. */
  private static final long SETTINGS_ID = 1;

  @Inject LetterService letters;

  @Operation(
      operationId = "getLetterSettings",
      summary = "The district's letterhead, numbering, decision step and signatories (ETag)")
  @APIResponseSchema(
      value = LetterSettingsDetails.class,
      responseCode = "200",
      responseDescription = "The settings")
  @GET
  public Response settings() {
    LetterSettingsDetails s = letters.settings();
    return Response.ok(s).tag(IfMatch.tag(SETTINGS_ID, s.version())).build();
  }

  @Operation(
      operationId = "changeLetterSettings",
      summary = "Change the letterhead, numbering and decision step (If-Match honoured when sent)")
  @APIResponseSchema(
      value = LetterSettingsDetails.class,
      responseCode = "200",
      responseDescription = "The settings as changed")
  @PUT
  @Idempotent
  @OptionalIfMatch
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ChangeLetterSettings change) {
    LetterSettingsDetails s =
        letters.changeSettings(change, id -> IfMatch.versionIfSent(ifMatch, id));
    return Response.ok(s).tag(IfMatch.tag(SETTINGS_ID, s.version())).build();
  }

  @Operation(
      operationId = "nameSignatory",
      summary = "Name who signs the letters of a Puskesos or of the secretariat")
  @APIResponseSchema(
      value = SignatoryDetails.class,
      responseCode = "200",
      responseDescription = "The signatory")
  @PUT
  @Idempotent
  @Path("signatories/{unit}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response name(@PathParam("unit") String unit, NameSignatory signatory) {
    return Response.ok(letters.nameSignatory(unit, signatory)).build();
  }

  @Operation(operationId = "removeSignatory", summary = "A unit's letters no longer signed there")
  @APIResponse(responseCode = "204", description = "Removed")
  @DELETE
  @Path("signatories/{unit}")
  public Response remove(@PathParam("unit") String unit) {
    letters.removeSignatory(unit);
    return Response.noContent().build();
  }
}
