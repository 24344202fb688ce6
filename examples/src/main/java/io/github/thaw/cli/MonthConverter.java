package io.github.thaw.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a month, {@code YYYY-MM}. */
final class MonthConverter implements ITypeConverter<YearMonth> {
  @Override
  public YearMonth convert(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("month '" + value + "' is not of the form YYYY-MM");
    }
  }
}
