package id.slrt.web.pkh.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.pkh.api.KpmImportDetails;
import id.slrt.pkh.api.KpmImportService;
import id.slrt.pkh.api.KpmRejectedRow;
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
 * Imports of a district's existing KPM list: {@code POST .../pkh/kpm-imports} with the CSV file as
 * the body ({@code text/csv}) answers 202 with the queued import; its progress, counts and refused
 * rows are read back while it runs. Format in the README ("KPM import").
 */
@Tag(name = "PKH imports", description = "Imports of the existing KPM list and their refused rows")
@ApplicationScoped
@Path("t/{tenant}/pkh/kpm-imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class KpmImportResource {
  @Inject KpmImportService imports;

  @Operation(
      operationId = "startKpmImport",
      summary = "Upload the KPM list as CSV; it is imported in the background")
  @APIResponseSchema(
      value = KpmImportDetails.class,
      responseCode = "202",
      responseDescription = "Accepted; Location names the import to follow")
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public Response start(
      InputStream body,
      @QueryParam("fileName") String fileName,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
      @Context UriInfo uri)
      throws IOException {
    KpmImportDetails started = imports.start(fileName, body, RequestLocale.of(language));
    return Response.accepted(started)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build())
        .build();
  }

  @Operation(operationId = "listKpmImports", summary = "KPM imports, the latest first")
  @GET
  public Page<KpmImportDetails> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.list(PageRequest.of(page, size), RequestLocale.of(language));
  }

  @Operation(operationId = "getKpmImport", summary = "A KPM import and its progress")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public KpmImportDetails get(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.get(id, RequestLocale.of(language));
  }

  @Operation(
      operationId = "listKpmImportRejects",
      summary = "The rows a KPM import refused, with the reasons")
  @GET
  @Path("{id:[0-9]{1,18}}/rejects")
  public Page<KpmRejectedRow> rejects(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
    return imports.rejects(id, PageRequest.of(page, size), RequestLocale.of(language));
  }

  /** The refused rows as CSV (UTF-8 with BOM), to fix in a spreadsheet and upload again. */
  @Operation(
      operationId = "downloadKpmImportRejects",
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
        "impor-kpm-" + id + "-ditolak.csv", out -> imports.writeRejects(id, out, locale));
  }
}
