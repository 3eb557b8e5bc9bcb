package id.slrt.web.referral.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.core.time.DistrictTime;
import id.slrt.referral.api.AddHoliday;
import id.slrt.referral.api.HolidayDetails;
import id.slrt.referral.api.HolidayService;
import id.slrt.web.rest.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The district's holiday calendar, which SLA deadlines and escalations count working days by. */
@Tag(name = "Holidays", description = "The district's holidays: national ones and its own")
@ApplicationScoped
@Path("t/{tenant}/holidays")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class HolidayResource {
  @Inject HolidayService holidays;
  @Inject DistrictTime districtTime;

  @Operation(operationId = "listHolidays", summary = "The year's holidays (default: this year)")
  @GET
  public List<HolidayDetails> list(@QueryParam("year") String year) {
    int y = districtTime.today().getYear();
    if (year != null && !year.isBlank()) {
      FieldErrors errors = new FieldErrors();
      if (!year.strip().matches("20[0-9]{2}")) {
        errors.add("year", "holiday.yearFormat");
      }
      errors.throwIfAny();
      y = Integer.parseInt(year.strip());
    }
    return holidays.holidays(y);
  }

  @Operation(operationId = "addHoliday", summary = "Add a holiday of the district's own")
  @APIResponseSchema(
      value = HolidayDetails.class,
      responseCode = "201",
      responseDescription = "Added; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(AddHoliday request, @Context UriInfo uri) {
    HolidayDetails added = holidays.add(request);
    return Response.created(uri.getAbsolutePathBuilder().path(added.day().toString()).build())
        .entity(added)
        .build();
  }

  @Operation(
      operationId = "removeHoliday",
      summary = "Remove a holiday of the district's own (national ones stay)")
  @APIResponse(responseCode = "204", description = "Removed")
  @DELETE
  @Path("{day}")
  public Response remove(@PathParam("day") String day) {
    holidays.remove(day);
    return Response.noContent().build();
  }
}
