package io.github.thaw.index;

/**
 * An index value with its band of disagreement, on 0–100: {@code low} with every milestone at its
 * most conservative live reading, {@code value} at its preferred reading (the latest report) and
 * {@code high} at its most optimistic one.
 *
 * @param low the value with the most conservative readings
 * @param value the value with the preferred readings
 * @param high the value with the most optimistic readings
 */
public record Band(double low, double value, double high) {
  /**
   * Checks the order.
   *
   * @throws IllegalArgumentException unless {@code low ≤ value ≤ high}, all finite
   */
  public Band {
    if (!(low <= value && value <= high) || Double.isInfinite(low) || Double.isInfinite(high)) {
      throw new IllegalArgumentException(
          "a band needs low <= value <= high, got " + low + ", " + value + ", " + high);
    }
  }

  /**
   * Whether sources disagree enough to move the value.
   *
   * @return true if low and high differ
   */
  public boolean isDisputed() {
    return low != high;
  }

  /**
   * The width of the band.
   *
   * @return high − low
   */
  public double width() {
    return high - low;
  }

  /** {@code 58.3 (band 58.3–66.7)}, or {@code 58.3} when there is no disagreement. */
  @Override
  public String toString() {
    return isDisputed()
        ? IndexMessages.oneDecimal(value)
            + " (band "
            + IndexMessages.oneDecimal(low)
            + "–"
            + IndexMessages.oneDecimal(high)
            + ")"
        : IndexMessages.oneDecimal(value);
  }
}
