package io.github.thaw.testing;

import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.MilestoneForecast;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a Monte Carlo forecast. Probabilities are checked with their sampling error, by
 * {@link ProbabilityAssert}: a claim fails only when the paths contradict it beyond the stated
 * confidence.
 *
 * <pre>{@code
 * ForecastSummary f = Forecast.builder(model).samples(10_000).build().run(11);
 * assertThat(f).probabilityThat("border-opening").completesBy(LocalDate.of(2027, 1, 1))
 *     .isLessThan(0.5);
 * }</pre>
 */
public class ForecastAssert extends AbstractAssert<ForecastAssert, ForecastSummary> {
  /**
   * Assertions on a forecast.
   *
   * @param actual the forecast
   */
  public ForecastAssert(ForecastSummary actual) {
    super(actual, ForecastAssert.class);
  }

  /**
   * Starts a claim about one milestone's completion.
   *
   * @param id the milestone id
   * @return the claim, to finish with {@link Completion#completesBy}
   * @throws AssertionError if the forecast has no such milestone
   */
  public Completion probabilityThat(String id) {
    isNotNull();
    MilestoneForecast m =
        actual.milestones().stream()
            .filter(x -> x.milestone().value().equals(id))
            .findFirst()
            .orElse(null);
    if (m == null) {
      failWithMessage(
          "Expecting the forecast to include milestone '%s', but it has %s",
          id, actual.milestones().stream().map(x -> x.milestone().value()).toList());
    }
    return new Completion(actual, m);
  }

  /** A claim about when a milestone completes; see {@link #completesBy}. */
  public static final class Completion {
    private final ForecastSummary forecast;
    private final MilestoneForecast milestone;

    private Completion(ForecastSummary forecast, MilestoneForecast milestone) {
      this.forecast = forecast;
      this.milestone = milestone;
    }

    /**
     * The probability that the milestone is completed by a date: the share of paths in which it
     * counted as COMPLETED at the forecast's last checkpoint on or before the date (checkpoints are
     * month ends).
     *
     * @param date a date from the forecast's as-of date to its horizon
     * @return the probability assertion
     * @throws AssertionError if the date is before the as-of date or after the horizon
     */
    public ProbabilityAssert completesBy(LocalDate date) {
      List<LocalDate> dates = forecast.dates();
      int at = -1;
      for (int i = 0; i < dates.size() && !dates.get(i).isAfter(date); i++) {
        at = i;
      }
      LocalDate horizonEnd = dates.get(dates.size() - 1);
      if (at < 0 || date.isAfter(horizonEnd)) {
        throw new AssertionError(
            String.format(
                "Expecting a date within the forecast, from %s to %s, but was %s",
                dates.get(0), horizonEnd, date));
      }
      long trials = forecast.samples();
      long successes = Math.round(milestone.pCompletedBy().get(at) * trials);
      return new ProbabilityAssert(
          ProportionEstimate.of(successes, trials),
          "the probability that "
              + milestone.milestone()
              + " completes by "
              + date
              + " (checkpoint "
              + dates.get(at)
              + ")");
    }
  }
}
