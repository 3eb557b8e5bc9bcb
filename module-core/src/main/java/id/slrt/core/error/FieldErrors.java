package id.slrt.core.error;

import id.slrt.core.identity.InvalidIdentifierException;
import id.slrt.core.identity.RegionCode;
import id.slrt.core.identity.RegionLevel;
import id.slrt.core.text.Input;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * An optional code (upper snake case): absent stays null; an unknown value is recorded against
   * the field as {@code code.invalid} and null returned.
   */
  public <E extends Enum<E>> E code(String field, Class<E> type, String raw) {
    if (Input.clean(raw) == null) {
      return null;
    }
    Optional<E> parsed = Input.code(type, raw);
    if (parsed.isEmpty()) {
      add(field, "code.invalid", raw.trim());
      return null;
    }
    return parsed.get();
  }

  /** An optional {@code true} or {@code false} (any case); anything else is refused. */
  public Boolean flag(String field, String raw) {
    String cleaned = Input.clean(raw);
    if (cleaned == null) {
      return null;
    }
    switch (cleaned.toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        add(field, "code.invalid", cleaned);
        return null;
    }
  }

  /** An optional id to filter by (a positive whole number); anything else is refused. */
  public Long id(String field, String raw) {
    String cleaned = Input.clean(raw);
    if (cleaned == null) {
      return null;
    }
    if (!cleaned.matches("[0-9]{1,18}") || Long.parseLong(cleaned) == 0) {
      add(field, "id.invalid", cleaned);
      return null;
    }
    return Long.parseLong(cleaned);
  }

  /** An optional date {@code YYYY-MM-DD}; anything else is refused as {@code date.format}. */
  public LocalDate date(String field, String raw) {
    String cleaned = Input.clean(raw);
    if (cleaned == null) {
      return null;
    }
    try {
      return LocalDate.parse(cleaned);
    } catch (DateTimeParseException e) {
      add(field, "date.format", cleaned);
      return null;
    }
  }

  /** An optional village code to filter by; anything but a well-formed village code is refused. */
  public String village(String field, String raw) {
    if (Input.clean(raw) == null) {
      return null;
    }
    RegionCode code = parse(field, () -> RegionCode.parse(raw));
    if (code != null && code.level() != RegionLevel.VILLAGE) {
      add(field, "village.notVillage", code.value());
      return null;
    }
    return code == null ? null : code.value();
  }

  /** The errors collected so far, in the order they were found. */
  public List<FieldError> list() {
    return List.copyOf(errors);
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
