package id.slrt.web.referral.rest;

import id.slrt.referral.api.ChangeSop;
import id.slrt.referral.api.SopStepDetails;
import id.slrt.referral.api.ViolenceCaseService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The district's P2TP2A set-up: its SOP for violence cases and its heads. */
@Tag(name = "P2TP2A", description = "The district's SOP for violence cases and its P2TP2A heads")
@ApplicationScoped
@Path("t/{tenant}/p2tp2a")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class P2tp2aResource {
  @Inject ViolenceCaseService cases;

  @Operation(operationId = "sopSteps", summary = "The district's SOP steps, in order")
  @GET
  @Path("sop-steps")
  public List<SopStepDetails> sopSteps() {
    return cases.sopSteps();
  }

  @Operation(
      operationId = "changeSop",
      summary = "Replace the district's SOP steps (district admin)",
      description =
          "The whole list, in order: code, name and phase of each step; a termination step is"
              + " required. A step left out is no longer offered; cases that recorded it keep it.")
  @PUT
  @Path("sop-steps")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<SopStepDetails> changeSop(ChangeSop request) {
    return cases.changeSop(request);
  }

  @Operation(
      operationId = "p2tp2aHeads",
      summary = "The district's P2TP2A heads, who read every case (district admin)")
  @GET
  @Path("heads")
  public List<String> heads() {
    return cases.heads();
  }

  @Operation(operationId = "nameP2tp2aHead", summary = "Name a case manager P2TP2A head")
  @PUT
  @Path("heads/{username}")
  public List<String> nameHead(@PathParam("username") String username) {
    return cases.nameHead(username);
  }

  @Operation(operationId = "removeP2tp2aHead", summary = "Take the head's part from a user")
  @DELETE
  @Path("heads/{username}")
  public List<String> removeHead(@PathParam("username") String username) {
    return cases.removeHead(username);
  }
}
