package id.slrt.web.intake.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.intake.api.ImportDetails;
import id.slrt.intake.api.ImportService;
import id.slrt.intake.api.RejectedRow;
import id.slrt.web.rest.CsvAttachment;
import id.slrt.web.rest.RequestLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DTKS/DTSEN bulk imports: {@code POST .../imports/dtks} with the CSV file as the body ({@code
 * text/csv}) answers 202 with the queued import; its progress, counts and refused rows are read
 * back while it runs. Format in the README.
 */
@Tag(name = "Imports", description = "DTKS/DTSEN file imports and their refused rows")
@ApplicationScoped
@Path("t/{tenant}/imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ImportResource {
  @Inject ImportService imports;

  @Operation(
      operationId = "startDtksImport",
      summary = "Upload a DTKS/DTSEN CSV file; it is imported in the background")
  @APIResponseSchema(
      value = ImportDetails.class,
      responseCode = "202",
      responseDescription = "Accepted; Location names the import to follow")
  @POST
  @Path("dtks")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public Response start(
      InputStream body,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      @Context UriInfo uri)
      throws IOException {
    ImportDetails started = imports.start(fileName, body, RequestLocale.of(language));
    return Response.accepted(started)
        .location(
            uri.getBaseUriBuilder()
                .path(ImportResource.class)
                .path(Long.toString(started.id()))
                .build(uri.getPathParameters().getFirst("tenant")))
        .build();
  }

  @Operation(operationId = "listImports", summary = "Imports, the latest first")
  @GET
  public Page<ImportDetails> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.list(PageRequest.of(page, size), RequestLocale.of(language));
  }

  @Operation(operationId = "getImport", summary = "An import and its progress")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public ImportDetails get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.get(id, RequestLocale.of(language));
  }

  @Operation(
      operationId = "listImportRejects",
      summary = "The rows an import refused, with the reason")
  @GET
  @Path("{id:[0-9]{1,18}}/rejects")
  public Page<RejectedRow> rejects(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.rejects(id, PageRequest.of(page, size), RequestLocale.of(language));
  }

  /**
   * The refused rows as CSV (UTF-8 with BOM): the file's columns, then {@code baris} and {@code
   * alasan}. Fixed in a spreadsheet, the file can be uploaded again as it is.
   */
  @Operation(
      operationId = "downloadImportRejects",
      summary = "The refused rows as CSV, to fix and upload again")
  @APIResponseSchema(
      value = String.class,
      responseCode = "200",
      responseDescription = "The CSV file")
  @GET
  @Path("{id:[0-9]{1,18}}/rejects.csv")
  @Produces("text/csv")
  public Response rejectsCsv(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    Locale locale = RequestLocale.of(language);
    imports.get(id, locale); // 404 before the response starts
    return CsvAttachment.of(
        "impor-" + id + "-ditolak.csv", out -> imports.writeRejects(id, out, locale));
  }
}
