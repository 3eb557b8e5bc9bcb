package id.slrt.web.core.rest;

import id.slrt.core.paging.Page;
import id.slrt.core.paging.PageRequest;
import id.slrt.core.security.UserAdministration;
import id.slrt.core.security.UserAdministration.UserInput;
import id.slrt.core.security.UserAdministration.UserView;
import id.slrt.core.security.UserAdministration.UserWithPassword;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A district's users (API.md "Users, organisation, audit"), for its ADMIN_KABUPATEN: list, create
 * with a one-time password, change roles, scope and name ({@code If-Match}), deactivate, reset the
 * password. Answers carry {@code Cache-Control: no-store} (a one-time password).
 */
@Tag(name = "Users", description = "The district's users, for its ADMIN_KABUPATEN")
@ApplicationScoped
@Path("t/{tenant}/users")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class UserResource {
  @Inject UserAdministration users;

  @Operation(operationId = "listUsers", summary = "The district's users")
  @GET
  public Page<UserView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    return users.list(PageRequest.of(page, size));
  }

  @Operation(operationId = "getUser", summary = "A user (ETag)")
  @APIResponseSchema(value = UserView.class, responseCode = "200", responseDescription = "The user")
  @GET
  @Path("{id:[0-9]{1,18}}")
  public Response get(@PathParam("id") long id) {
    UserView user = users.get(id);
    return Response.ok(user).tag(IfMatch.tag(user.id(), user.version())).build();
  }

  @Operation(
      operationId = "createUser",
      summary = "Create a user with roles and scope; the answer carries a one-time password")
  @APIResponseSchema(
      value = Created.class,
      responseCode = "201",
      responseDescription = "Created; Location names it")
  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @RequestBody(
              content =
                  @Content(
                      examples =
                          @ExampleObject(
                              name = "officer",
                              summary = "A Puskesos officer",
                              value =
                                  "{\"username\": \"rina.puskesos\", \"name\": \"Rina Marlina\", \"roles\": [\"PETUGAS_PUSKESOS\"], \"unitCode\": \"PUSKESOS-KARAWANG-KULON\"}")))
          UserInput input,
      @Context UriInfo uri) {
    UserWithPassword created = users.create(input);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.user().id())).build())
        .tag(IfMatch.tag(created.user().id(), created.user().version()))
        .entity(new Created(created))
        .header("Cache-Control", "no-store")
        .build();
  }

  @Operation(
      operationId = "updateUser",
      summary = "Change a user's roles, scope and name (If-Match); the user's tokens end")
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "200",
      responseDescription = "The user as changed")
  @PUT
  @Path("{id:[0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      UserInput input) {
    UserView user = users.update(id, userId -> IfMatch.expectedVersion(ifMatch, userId), input);
    return Response.ok(user).tag(IfMatch.tag(user.id(), user.version())).build();
  }

  @Operation(
      operationId = "deactivateUser",
      summary = "Deactivate a user; their tokens and sessions end at once")
  @APIResponseSchema(
      value = UserView.class,
      responseCode = "200",
      responseDescription = "The user, inactive")
  @POST
  @Path("{id:[0-9]{1,18}}/deactivation")
  public Response deactivate(@PathParam("id") long id) {
    UserView user = users.deactivate(id);
    return Response.ok(user).tag(IfMatch.tag(user.id(), user.version())).build();
  }

  @Operation(operationId = "resetUserPassword", summary = "Give a user a new one-time password")
  @APIResponseSchema(
      value = Created.class,
      responseCode = "200",
      responseDescription = "The user with the one-time password")
  @POST
  @Path("{id:[0-9]{1,18}}/password-reset")
  public Response resetPassword(@PathParam("id") long id) {
    UserWithPassword reset = users.resetPassword(id);
    return Response.ok(new Created(reset)).header("Cache-Control", "no-store").build();
  }

  /** The user with the one-time password beside it, flat as API.md shows it. */
  @Schema(
      name = "UserWithOneTimePassword",
      description =
          "The user and the one-time password to hand over; it must be changed at sign-in")
  public record Created(
      long id,
      String username,
      String name,
      java.util.List<String> roles,
      String unitCode,
      String kecamatanCode,
      String providerCode,
      boolean active,
      boolean mustChangePassword,
      String oneTimePassword,
      int version) {
    Created(UserWithPassword u) {
      this(
          u.user().id(),
          u.user().username(),
          u.user().name(),
          u.user().roles(),
          u.user().unitCode(),
          u.user().kecamatanCode(),
          u.user().providerCode(),
          u.user().active(),
          u.user().mustChangePassword(),
          u.oneTimePassword(),
          u.user().version());
    }
  }
}
