package id.slrt.web.rest;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class Problems {
  private Problems() {}

  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problem)
        .build();
  }
}
