package id.slrt.web.intake.rest;

import id.slrt.core.error.FieldErrors;
import id.slrt.intake.api.HouseholdService;
import id.slrt.intake.api.PersonDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person of the district by NIK, with the household the person belongs to. */
@Tag(name = "Persons", description = "People by NIK, and likely duplicates")
@ApplicationScoped
@Path("t/{tenant}/persons")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class PersonResource {
  @Inject HouseholdService households;

  /**
   * Likely duplicates: people registered under (a spelling of) {@code name} with {@code birthDate}
   * ({@code YYYY-MM-DD}), other than {@code excludeNik}.
   */
  @Operation(
      operationId = "findLikelyPersons",
      summary = "People who are likely the same person (name and birth date)")
  @GET
  public List<PersonDetails> likely(
      @QueryParam("name") String name,
      @QueryParam("birthDate") String birthDate,
      @QueryParam("excludeNik") String excludeNik) {
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank()) {
      errors.add("name", "name.required");
    }
    LocalDate born = null;
    try {
      born = birthDate == null ? null : LocalDate.parse(birthDate.trim());
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (born == null) {
      errors.add("birthDate", "birthDate.required");
    }
    errors.throwIfAny();
    return households.likelyDuplicates(name, born, excludeNik);
  }

  @Operation(
      operationId = "getPersonByNik",
      summary = "A person by NIK, with the family they belong to")
  @GET
  @Path("{nik}")
  public PersonDetails get(@PathParam("nik") String nik) {
    return households.findPerson(nik);
  }
}
