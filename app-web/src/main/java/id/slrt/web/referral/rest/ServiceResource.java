package id.slrt.web.referral.rest;

import id.slrt.referral.api.ServiceCatalogueService;
import id.slrt.referral.api.ServiceDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  @Operation(operationId = "listServices", summary = "The services families can be referred to")
  @GET
  public List<ServiceDetails> list() {
    return catalogue.activeServices();
  }
}
