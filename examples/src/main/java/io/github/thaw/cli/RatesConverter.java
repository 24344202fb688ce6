package io.github.thaw.cli;

import io.github.thaw.forecast.Rates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --rates}: {@code posterior} or {@code point}. */
final class RatesConverter implements ITypeConverter<Rates> {
  @Override
  public Rates convert(String value) {
    for (Rates r : Rates.values()) {
      if (r.label().equals(value)) {
        return r;
      }
    }
    throw new TypeConversionException(
        "rates '" + value + "' is neither 'posterior' nor 'point' (posterior: drawn per path)");
  }
}
