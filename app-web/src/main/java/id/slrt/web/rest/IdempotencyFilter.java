package id.slrt.web.rest;

import id.slrt.core.error.ConflictException;
import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import id.slrt.core.idempotency.IdempotencyRecord;
import id.slrt.core.idempotency.IdempotencyRecords;
import id.slrt.core.security.AuthenticatedUser;
import id.slrt.core.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code Idempotency-Key} on writes (API.md): a retry with the same key and the same request gets
 * the first answer again (marked {@code Idempotent-Replayed: true}) and writes nothing; the same
 * key with a different request is refused with 422. Keys are the caller's own, per district, for 24
 * hours.
 *
 * <p>The key is reserved before the write, in one transaction with it: this filter begins the
 * transaction, reserves the key, lets the use case run in it, stores the answer and commits. So two
 * simultaneous requests with one key make one record (the second waits for the first, then replays
 * its answer), and no crash can keep a write while losing its replay. A refused or failed request
 * rolls back with its reservation: a retry simply runs again. A write marked {@link
 * ReplayWithoutBody} keeps its status and {@code Location} only.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  public static final String HEADER = "Idempotency-Key";
  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
  private static final String PENDING = IdempotencyFilter.class.getName() + ".pending";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdempotencyRecords records;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject UserTransaction transaction;
  @Context ResourceInfo resource;

  private record Pending(String username, String key, String hash) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    Optional<AuthenticatedUser> user = currentUser.get();
    if (key == null || user.isEmpty()) {
      return;
    }
    if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new ValidationException(List.of(FieldError.of(HEADER, "idempotency.keyInvalid")));
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String hash = hash(request.getMethod(), request.getUriInfo().getPath(), body);
    String username = user.get().username();
    if (replayed(request, username, key, hash)) {
      return;
    }
    records.forgetExpired();
    try {
      transaction.begin();
      records.reserve(IdempotencyRecord.reservation(username, key, hash, clock.instant()));
    } catch (RuntimeException | NotSupportedException | SystemException e) {
      // the same key was taken by a request that has now ended: replay what it recorded
      rollback();
      if (replayed(request, username, key, hash)) {
        return;
      }
      throw new ConflictException("idempotency.inProgress");
    }
    request.setProperty(PENDING, new Pending(username, key, hash));
  }

  private boolean replayed(
      ContainerRequestContext request, String username, String key, String hash) {
    Optional<IdempotencyRecord> earlier = records.find(username, key);
    if (earlier.isEmpty() || earlier.get().isPending()) {
      return false;
    }
    if (!earlier.get().requestHash().equals(hash)) {
      throw new IdempotencyKeyReusedException();
    }
    request.abortWith(replay(earlier.get()));
    return true;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Pending pending)) {
      return;
    }
    request.removeProperty(PENDING);
    if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      rollback();
      return;
    }
    Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
    Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
    boolean keepBody =
        resource.getResourceMethod() == null
            || !resource.getResourceMethod().isAnnotationPresent(ReplayWithoutBody.class);
    try {
      records.complete(
          pending.username(),
          pending.key(),
          response.getStatus(),
          location == null ? null : location.toString(),
          etag == null ? null : etag.toString(),
          keepBody && response.hasEntity() ? JSON.toJson(response.getEntity()) : null);
      transaction.commit();
    } catch (Exception e) {
      // neither the write nor its answer is kept: say so instead of the answer
      rollback();
      LOG.log(Level.SEVERE, "An idempotent write could not be committed", e);
      response.setStatus(503);
      response.getHeaders().remove(HttpHeaders.LOCATION);
      response.getHeaders().remove(HttpHeaders.ETAG);
      response.setEntity(
          Problem.of(503, "not-committed", "The write was not kept; send it again."),
          null,
          MediaType.valueOf(Problem.MEDIA_TYPE));
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Could not roll back an idempotent write", e);
    }
  }

  private static Response replay(IdempotencyRecord earlier) {
    Response.ResponseBuilder answer =
        Response.status(earlier.status()).header("Idempotent-Replayed", "true");
    if (earlier.location() != null) {
      answer.header(HttpHeaders.LOCATION, earlier.location());
    }
    if (earlier.etag() != null) {
      answer.header(HttpHeaders.ETAG, earlier.etag());
    }
    if (earlier.body() != null) {
      answer.entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }
    return answer.build();
  }

  private static String hash(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
