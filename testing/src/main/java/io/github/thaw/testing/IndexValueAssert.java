package io.github.thaw.testing;

import java.util.Objects;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;

/**
 * Assertions on an index value or a dimension's value, 0–100. Reach it through {@link
 * IndexAssert#valueAt}, {@link IndexResultAssert#value()} or {@link
 * IndexResultAssert#dimension(String)}; a failure names what was measured, its band, and the
 * milestones behind it.
 *
 * <p>Index values are rarely round numbers (two of three milestones agreed is 66.666…), so compare
 * them with a tolerance: {@code isCloseTo(66.67, within(0.01))} with AssertJ's {@code
 * Assertions.within}.
 */
public class IndexValueAssert extends AbstractAssert<IndexValueAssert, Double> {
  private final String what;
  private final String band;
  private final Supplier<String> details;

  IndexValueAssert(double actual, String what, String band, Supplier<String> details) {
    super(actual, IndexValueAssert.class);
    this.what = what;
    this.band = band;
    this.details = details;
  }

  /**
   * Checks that the value lies in a closed range.
   *
   * @param low the lowest acceptable value
   * @param high the highest acceptable value
   * @return this
   * @throws AssertionError giving the value and the milestones behind it
   * @throws IllegalArgumentException if {@code low > high}
   */
  public IndexValueAssert isBetween(double low, double high) {
    if (low > high) {
      throw new IllegalArgumentException(
          "isBetween(low, high) needs low <= high, got " + low + " and " + high);
    }
    if (!(actual >= low && actual <= high)) {
      fail("to be between " + Texts.given(low) + " and " + Texts.given(high));
    }
    return this;
  }

  /**
   * Checks that the value is at least {@code x}.
   *
   * @param x the lowest acceptable value
   * @return this
   * @throws AssertionError giving the value and the milestones behind it
   */
  public IndexValueAssert isAtLeast(double x) {
    if (!(actual >= x)) {
      fail("to be at least " + Texts.given(x));
    }
    return this;
  }

  /**
   * Checks that the value is at most {@code x}.
   *
   * @param x the highest acceptable value
   * @return this
   * @throws AssertionError giving the value and the milestones behind it
   */
  public IndexValueAssert isAtMost(double x) {
    if (!(actual <= x)) {
      fail("to be at most " + Texts.given(x));
    }
    return this;
  }

  /**
   * Checks that the value is below {@code x}.
   *
   * @param x a value the actual must stay under
   * @return this
   * @throws AssertionError giving the value and the milestones behind it
   */
  public IndexValueAssert isLessThan(double x) {
    if (!(actual < x)) {
      fail("to be below " + Texts.given(x));
    }
    return this;
  }

  /**
   * Checks that the value is above {@code x}.
   *
   * @param x a value the actual must exceed
   * @return this
   * @throws AssertionError giving the value and the milestones behind it
   */
  public IndexValueAssert isGreaterThan(double x) {
    if (!(actual > x)) {
      fail("to be above " + Texts.given(x));
    }
    return this;
  }

  /**
   * Checks that the value is within an offset of {@code expected}, as AssertJ's {@code isCloseTo}
   * does for numbers: {@code isCloseTo(37.04, within(0.01))} accepts 37.037…; an offset made with
   * {@code byLessThan} excludes its bound.
   *
   * @param expected the value expected
   * @param offset the largest acceptable difference, such as {@code within(0.01)}
   * @return this
   * @throws AssertionError giving the value, the difference and the milestones behind it
   * @throws NullPointerException if the offset is null
   */
  public IndexValueAssert isCloseTo(double expected, Offset<Double> offset) {
    Objects.requireNonNull(offset, "offset");
    double difference = Math.abs(actual - expected);
    boolean close = offset.strict ? difference < offset.value : difference <= offset.value;
    if (!close) {
      fail(
          "to be within "
              + Texts.given(offset.value)
              + " of "
              + Texts.given(expected)
              + (offset.strict ? " (exclusive)" : "")
              + " (off by "
              + Texts.given(difference)
              + ")");
    }
    return this;
  }

  private void fail(String expectation) {
    failWithMessage(
        "%s",
        "Expecting "
            + what
            + " "
            + expectation
            + ",\nbut it is "
            + Texts.points(actual)
            + band
            + ".\n"
            + details.get());
  }
}
