package id.slrt.core.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Nik} as its sixteen digits. A stored NIK was checked when it was written, so
 * reading it back checks only its shape.
 *
 * <p>EclipseLink passes a query parameter compared with a converted attribute through the
 * converter, {@code LIKE} included; a prefix search therefore compares a read-only {@code String}
 * mapping of the same column, never the converted one.
 */
@Converter(autoApply = true)
public class NikConverter implements AttributeConverter<Nik, String> {

  @Override
  public String convertToDatabaseColumn(Nik nik) {
    return nik == null ? null : nik.value();
  }

  @Override
  public Nik convertToEntityAttribute(String digits) {
    return digits == null ? null : Nik.stored(digits);
  }
}
