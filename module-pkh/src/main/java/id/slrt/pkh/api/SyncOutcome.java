package id.slrt.pkh.api;

import id.slrt.core.error.FieldError;
import java.util.List;

/**
 * What became of one log of a batch: {@code created}, {@code unchanged} or {@code error} (with the
 * refused fields, named within the item).
 *
 * @param sessionId the stored log (null on error)
 * @param conflictWith a created log that differs from the one that already counts for its group,
 *     module and session: that log's id; the facilitator decides which counts
 */
public record SyncOutcome(
    String id, String result, Long sessionId, Long conflictWith, List<FieldError> errors) {
  public static final String CREATED = "created";
  public static final String UNCHANGED = "unchanged";
  public static final String ERROR = "error";
}
