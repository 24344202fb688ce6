package io.github.thaw.cli;

import io.github.thaw.model.PartialDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the first day of the period. */
final class StartDateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return PartialDate.parse(value).startDate();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
