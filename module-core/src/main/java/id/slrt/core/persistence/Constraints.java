package id.slrt.core.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises a refusal by a unique or foreign key among the causes of a persistence error. */
public final class Constraints {
  private Constraints() {}

  public static boolean isViolation(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
