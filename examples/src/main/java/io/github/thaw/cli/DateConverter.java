package io.github.thaw.cli;

import io.github.thaw.model.PartialDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a month or year means its last day.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return PartialDate.parse(value).effectiveDate();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
