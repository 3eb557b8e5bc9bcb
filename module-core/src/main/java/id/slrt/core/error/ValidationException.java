package id.slrt.core.error;

import java.util.List;

/** The input breaks one or more rules; every refused field is listed. */
public class ValidationException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super("validation.failed");
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String messageKey, Object... arguments) {
    return new ValidationException(List.of(FieldError.of(field, messageKey, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
