package id.slrt.web.core.rest;

import id.slrt.core.organisation.Organisation.ProviderInput;
import id.slrt.core.organisation.Organisation.ProviderView;
import id.slrt.core.organisation.Organisation.UnitInput;
import id.slrt.core.organisation.Organisation.UnitView;
import id.slrt.core.organisation.OrganisationService;
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

/**
 * The district's units ({@code /units}: secretariat, Puskesos, kecamatan supervision) and agencies
 * ({@code /providers}, with their legal basis). Every user of the district reads them; the
 * ADMIN_KABUPATEN adds and changes them ({@code PUT} with {@code If-Match}).
 */
@Tag(
    name = "Organisation",
    description =
        "The district's units (secretariat, Puskesos, kecamatan supervision) and agencies")
@ApplicationScoped
@Path("t/{tenant}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OrganisationResource {
  private static final String CODE = "{code:[A-Za-z0-9_-]{1,40}}";

  @Inject OrganisationService organisation;

  @Operation(operationId = "listUnits", summary = "The district's units")
  @GET
  @Path("units")
  public List<UnitView> units() {
    return organisation.units();
  }

  @Operation(operationId = "getUnit", summary = "A unit (ETag)")
  @APIResponseSchema(value = UnitView.class, responseCode = "200", responseDescription = "The unit")
  @GET
  @Path("units/" + CODE)
  public Response unit(@PathParam("code") String code) {
    UnitView unit = organisation.unit(code);
    return Response.ok(unit).tag(IfMatch.tag(unit.id(), unit.version())).build();
  }

  @Operation(operationId = "addUnit", summary = "Add a unit")
  @APIResponseSchema(
      value = UnitView.class,
      responseCode = "201",
      responseDescription = "Added; Location names it")
  @POST
  @Path("units")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addUnit(UnitInput input, @Context UriInfo uri) {
    UnitView unit = organisation.addUnit(input);
    return Response.created(uri.getAbsolutePathBuilder().path(unit.code()).build())
        .tag(IfMatch.tag(unit.id(), unit.version()))
        .entity(unit)
        .build();
  }

  @Operation(operationId = "updateUnit", summary = "Change a unit (If-Match)")
  @APIResponseSchema(
      value = UnitView.class,
      responseCode = "200",
      responseDescription = "The unit as changed")
  @PUT
  @Path("units/" + CODE)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateUnit(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      UnitInput input) {
    UnitView unit =
        organisation.updateUnit(code, id -> IfMatch.expectedVersion(ifMatch, id), input);
    return Response.ok(unit).tag(IfMatch.tag(unit.id(), unit.version())).build();
  }

  @Operation(
      operationId = "listProviders",
      summary = "The district's agencies with their legal basis")
  @GET
  @Path("providers")
  public List<ProviderView> providers() {
    return organisation.providers();
  }

  @Operation(operationId = "getProvider", summary = "An agency (ETag)")
  @APIResponseSchema(
      value = ProviderView.class,
      responseCode = "200",
      responseDescription = "The agency")
  @GET
  @Path("providers/" + CODE)
  public Response provider(@PathParam("code") String code) {
    ProviderView provider = organisation.provider(code);
    return Response.ok(provider).tag(IfMatch.tag(provider.id(), provider.version())).build();
  }

  @Operation(operationId = "addProvider", summary = "Add an agency")
  @APIResponseSchema(
      value = ProviderView.class,
      responseCode = "201",
      responseDescription = "Added; Location names it")
  @POST
  @Path("providers")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addProvider(ProviderInput input, @Context UriInfo uri) {
    ProviderView provider = organisation.addProvider(input);
    return Response.created(uri.getAbsolutePathBuilder().path(provider.code()).build())
        .tag(IfMatch.tag(provider.id(), provider.version()))
        .entity(provider)
        .build();
  }

  @Operation(operationId = "updateProvider", summary = "Change an agency (If-Match)")
  @APIResponseSchema(
      value = ProviderView.class,
      responseCode = "200",
      responseDescription = "The agency as changed")
  @PUT
  @Path("providers/" + CODE)
  @Consumes(MediaType.APPLICATION_JSON)
  public Response updateProvider(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ProviderInput input) {
    ProviderView provider =
        organisation.updateProvider(code, id -> IfMatch.expectedVersion(ifMatch, id), input);
    return Response.ok(provider).tag(IfMatch.tag(provider.id(), provider.version())).build();
  }
}
