package id.slrt.web.referral.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.referral.api.EligibilityCheck;
import id.slrt.referral.api.EligibilityWarning;
import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import id.slrt.referral.api.ServiceInput;
import id.slrt.web.rest.Idempotent;
import id.slrt.web.rest.RequestLocale;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The district's catalogue of services. */
@Tag(name = "Services", description = "The district's service catalogue")
@ApplicationScoped
@Path("t/{tenant}/services")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ServiceResource {
  @Inject ServiceCatalogueService catalogue;

  @Operation(
      operationId = "listServices",
      summary = "The services families can be referred to",
      description =
          "API.md's code, name, provider and slaDays, with the agency's name, the fast-track SLA,"
              + " the conditions and the documents to bring")
  @GET
  public List<ServiceDetails> list() {
    return catalogue.activeServices();
  }

  @Operation(operationId = "getService", summary = "One service of the catalogue")
  @GET
  @Path("{code:[A-Za-z0-9_-]{1,40}}")
  public ServiceDetails get(@PathParam("code") String code) {
    return catalogue.service(code);
  }

  @Operation(
      operationId = "checkEligibility",
      summary = "Before referring: the service's conditions a person may not meet",
      description =
          "The person by nik, else by personId. Warnings, never a refusal: the agency decides."
              + " For the front office only (the warnings can name the family's DTSEN desil).")
  @GET
  @Path("{code:[A-Za-z0-9_-]{1,40}}/eligibility")
  public EligibilityCheck eligibility(
      @PathParam("code") String code,
      @QueryParam("nik") String nik,
      @QueryParam("personId") String personId,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    FieldErrors errors = new FieldErrors();
    Long id = errors.id("personId", personId);
    errors.throwIfAny();
    EligibilityCheck check = catalogue.check(code, nik, id);
    return new EligibilityCheck(
        check.serviceCode(),
        check.personId(),
        check.personName(),
        EligibilityWarning.localized(check.warnings(), RequestLocale.of(language)),
        check.eligibilityNotes(),
        check.documents());
  }

  @Operation(
      operationId = "defineService",
      summary = "Add a service to the district's catalogue (district admin)")
  @APIResponseSchema(
      value = ServiceDetails.class,
      responseCode = "201",
      responseDescription = "Added; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response define(ServiceInput input, @Context UriInfo uri) {
    ServiceDetails s = catalogue.define(input);
    return Response.created(uri.getAbsolutePathBuilder().path(s.code()).build()).entity(s).build();
  }

  @Operation(
      operationId = "changeService",
      summary = "Change a service or stop offering it (district admin)",
      description =
          "The body as for adding, without code; active=false stops offering it (its referrals"
              + " stay); version, when given, must be the one read (412 otherwise)")
  @APIResponseSchema(
      value = ServiceDetails.class,
      responseCode = "200",
      responseDescription = "The service as changed")
  @PUT
  @Idempotent
  @Path("{code:[A-Za-z0-9_-]{1,40}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(@PathParam("code") String code, ServiceInput input) {
    return Response.ok(catalogue.change(code, input)).build();
  }
}
