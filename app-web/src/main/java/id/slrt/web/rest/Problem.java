package id.slrt.web.rest;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}); {@code errors} lists refused
 * fields for a validation failure and is left out otherwise.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldProblem> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://slrt.id/problems/";

  /** One refused field: its path as the client sent it and the reason. */
  public record FieldProblem(String field, String message) {}

  public static Problem of(int status, String slug, String detail) {
    return new Problem(TYPE_BASE + slug, title(status), status, detail, null);
  }

  public static Problem withErrors(String detail, List<FieldProblem> errors) {
    return new Problem(TYPE_BASE + "validation", title(400), 400, detail, List.copyOf(errors));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 409 -> "Conflict";
      case 412 -> "Precondition Failed";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 413 -> "Content Too Large";
      case 428 -> "Precondition Required";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
