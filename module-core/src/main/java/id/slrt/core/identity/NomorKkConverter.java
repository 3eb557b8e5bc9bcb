package id.slrt.core.identity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link NomorKk} (a provisional one too) as its sixteen digits; reading it back checks
 * only its shape. See {@link NikConverter} on prefix searches.
 */
@Converter(autoApply = true)
public class NomorKkConverter implements AttributeConverter<NomorKk, String> {

  @Override
  public String convertToDatabaseColumn(NomorKk kk) {
    return kk == null ? null : kk.value();
  }

  @Override
  public NomorKk convertToEntityAttribute(String digits) {
    return digits == null ? null : NomorKk.stored(digits);
  }
}
