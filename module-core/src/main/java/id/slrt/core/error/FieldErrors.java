package id.slrt.core.error;

import id.slrt.core.identity.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the field errors of one input so that all of them are reported at once. */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String messageKey, Object... arguments) {
    errors.add(FieldError.of(field, messageKey, arguments));
  }

  /**
   * Runs a parse of a value object; when it refuses the value, records the refusal against the
   * field and returns null.
   */
  public <T> T parse(String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidIdentifierException e) {
      errors.add(FieldError.of(field, e.messageKey(), e.arguments()));
      return null;
    }
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws a {@link ValidationException} listing every error, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
