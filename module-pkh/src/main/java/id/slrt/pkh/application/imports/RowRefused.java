package id.slrt.pkh.application.imports;

import id.slrt.core.error.FieldError;
import id.slrt.core.error.ValidationException;
import java.util.List;

/**
 * A row of a KPM import refused, each reason against the file's column. A validation failure, so
 * the row's transaction, the family registered for it included, is rolled back.
 */
public class RowRefused extends ValidationException {
  private static final long serialVersionUID = 1L;

  public RowRefused(List<FieldError> errors) {
    super(errors);
  }
}
