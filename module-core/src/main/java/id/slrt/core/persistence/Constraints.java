package id.slrt.core.persistence;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a refusal by a unique or foreign key among the causes of a persistence error. */
public final class Constraints {
  /** MySQL's and MariaDB's error for a duplicate value of a unique key. */
  private static final int DUPLICATE_ENTRY = 1062;

  /**
   * The key's name at the end of the message: {@code for key 'household_kk'} (MariaDB) or {@code
   * for key 'household.household_kk'} (MySQL 8, which names the table too).
   */
  private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]*\\.)?([^'.]+)'\\s*$");

  private Constraints() {}

  public static boolean isViolation(Throwable error) {
    return violation(error).isPresent();
  }

  /**
   * The name of the unique key a write was refused by (e.g. {@code person_nik}), if that is what
   * refused it. The message also holds the duplicate value: it is read here and never passed on.
   */
  public static Optional<String> uniqueKey(Throwable error) {
    return violation(error)
        .filter(v -> v.getErrorCode() == DUPLICATE_ENTRY && v.getMessage() != null)
        .map(v -> KEY.matcher(v.getMessage()))
        .filter(Matcher::find)
        .map(m -> m.group(1));
  }

  private static Optional<SQLIntegrityConstraintViolationException> violation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException v) {
        return Optional.of(v);
      }
      // a batch's refusal may come as the next exception of the batch's own
      if (t instanceof SQLException sql
          && sql.getNextException() instanceof SQLIntegrityConstraintViolationException v) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
