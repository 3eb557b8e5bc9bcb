package id.slrt.web.intake.rest;

import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.PersonDetails;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person of the district by NIK, with the household the person belongs to. */
@Path("t/{tenant}/persons")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PersonResource {
  @Inject HouseholdService households;

  @GET
  @Path("{nik}")
  public PersonDetails get(@PathParam("nik") String nik) {
    return households.findPerson(nik);
  }
}
