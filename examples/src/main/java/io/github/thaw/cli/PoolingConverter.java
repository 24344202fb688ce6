package io.github.thaw.cli;

import io.github.thaw.forecast.Pooling;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --pooling none|dimension|milestone}. */
final class PoolingConverter implements ITypeConverter<Pooling> {
  @Override
  public Pooling convert(String value) {
    for (Pooling p : Pooling.values()) {
      if (p.label().equals(value)) {
        return p;
      }
    }
    throw new TypeConversionException(
        "pooling '" + value + "' is not one of none, dimension, milestone");
  }
}
