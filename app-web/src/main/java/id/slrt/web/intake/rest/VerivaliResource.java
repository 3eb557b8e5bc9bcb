package id.slrt.web.intake.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.ProposalDetails;
import id.slrt.intake.api.ProposalTransition;
import id.slrt.intake.api.ProposeVerivali;
import id.slrt.intake.api.VerivaliService;
import id.slrt.web.intake.VerivaliCsv;
import id.slrt.web.rest.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verivali proposals (DTKS/DTSEN add, remove, correct), their review, and the CSV export. */
@Tag(
    name = "Verivali",
    description =
        "Proposals to add to, correct or remove from the welfare register (verifikasi dan validasi)")
@ApplicationScoped
@Path("t/{tenant}/verivali")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class VerivaliResource {
  @Inject VerivaliService verivali;

  @Operation(operationId = "proposeVerivali", summary = "Propose a change to the welfare register")
  @APIResponseSchema(
      value = ProposalDetails.class,
      responseCode = "201",
      responseDescription = "Proposed; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(ProposeVerivali request, @Context UriInfo uri) {
    ProposalDetails p = verivali.propose(request);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id())).build())
        .entity(p)
        .build();
  }

  @Operation(operationId = "getVerivaliProposal", summary = "A proposal")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public ProposalDetails get(@PathParam("id") long id) {
    return verivali.get(id);
  }

  @Operation(
      operationId = "listVerivaliProposals",
      summary = "Proposals by status, type and village")
  @GET
  public Page<ProposalDetails> list(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("villageCode") String villageCode,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return verivali.search(status, type, villageCode, PageRequest.of(page, size));
  }

  @Operation(
      operationId = "moveVerivaliProposal",
      summary = "Move a proposal on (musyawarah desa, verification, sent)")
  @POST
  @Path("{id:[0-9]{1,18}}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProposalDetails move(@PathParam("id") long id, ProposalTransition transition) {
    return verivali.move(id, transition);
  }

  /** The proposals as CSV (UTF-8 with BOM, so that spreadsheets read the names right). */
  @Operation(
      operationId = "exportVerivaliProposals",
      summary = "The proposals as CSV (UTF-8 with BOM)")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The CSV file")
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response export(
      @QueryParam("status") String status,
      @QueryParam("type") String type,
      @QueryParam("villageCode") String villageCode) {
    List<ProposalDetails> rows = verivali.export(status, type, villageCode);
    StreamingOutput body =
        out ->
            VerivaliCsv.write(
                rows, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"usulan-verivali.csv\"")
        .build();
  }
}
