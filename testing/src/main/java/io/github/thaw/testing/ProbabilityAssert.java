package io.github.thaw.testing;

import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a probability estimated by Monte Carlo, which allow for sampling error: a claim
 * fails only when the data contradict it beyond the stated confidence. {@code isLessThan(p)} fails
 * when the whole Wilson score interval lies at or above {@code p}; {@code isGreaterThan(p)} when it
 * lies at or below. With the default confidence of 0.99 a true claim fails by chance at most about
 * once in 200 runs; a false one may still pass when there are too few trials to tell, so pick the
 * trial count for the precision the claim needs.
 *
 * <pre>{@code
 * assertThatProbability(312, 1000).isLessThan(0.5);
 * assertThatProbability(312, 1000).withConfidence(0.95).isGreaterThan(0.25);
 * }</pre>
 *
 * <p>Forecast assertions build on this class: {@code probabilityThat(id).completesBy(date)} counts
 * the sample paths in which the milestone is completed by the date and hands the counts here, with
 * a description of the event, through {@link #ProbabilityAssert(ProportionEstimate, String)}.
 */
public class ProbabilityAssert extends AbstractAssert<ProbabilityAssert, ProportionEstimate> {
  /** The confidence used unless {@link #withConfidence} says otherwise. */
  public static final double DEFAULT_CONFIDENCE = 0.99;

  private final String event;
  private double confidence = DEFAULT_CONFIDENCE;

  /**
   * Assertions on an estimated probability.
   *
   * @param actual the counts
   * @param event what the probability is of, shown in messages, such as {@code the probability that
   *     border-opening completes by 2026-12-31}
   */
  public ProbabilityAssert(ProportionEstimate actual, String event) {
    super(actual, ProbabilityAssert.class);
    this.event = event;
  }

  /**
   * Sets the confidence that a failure must reach; the default is {@value #DEFAULT_CONFIDENCE}.
   *
   * @param confidence strictly between 0 and 1
   * @return this
   * @throws IllegalArgumentException if the confidence is not strictly between 0 and 1
   */
  public ProbabilityAssert withConfidence(double confidence) {
    ProportionEstimate.checkConfidence(confidence);
    this.confidence = confidence;
    return this;
  }

  /**
   * Checks that the probability is less than {@code p}, unless the data show otherwise beyond the
   * confidence: fails when the confidence interval lies wholly at or above {@code p}.
   *
   * @param p a probability in [0, 1]
   * @return this
   * @throws AssertionError giving the estimate, the counts and the interval
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public ProbabilityAssert isLessThan(double p) {
    isNotNull();
    checkProbability(p);
    ProportionEstimate.Interval ci = actual.wilson(confidence);
    if (ci.low() >= p) {
      fail("less than", p, ci, "at or above");
    }
    return this;
  }

  /**
   * Checks that the probability is greater than {@code p}, unless the data show otherwise beyond
   * the confidence: fails when the confidence interval lies wholly at or below {@code p}.
   *
   * @param p a probability in [0, 1]
   * @return this
   * @throws AssertionError giving the estimate, the counts and the interval
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public ProbabilityAssert isGreaterThan(double p) {
    isNotNull();
    checkProbability(p);
    ProportionEstimate.Interval ci = actual.wilson(confidence);
    if (ci.high() <= p) {
      fail("greater than", p, ci, "at or below");
    }
    return this;
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability must be in [0, 1], got " + p);
    }
  }

  private void fail(String relation, double p, ProportionEstimate.Interval ci, String side) {
    String level = percent(confidence);
    failWithMessage(
        "%s",
        "Expecting "
            + event
            + " to be "
            + relation
            + " "
            + Texts.given(p)
            + ", allowing for Monte Carlo error at "
            + level
            + " confidence,\nbut the estimate is "
            + Texts.number(actual.estimate(), 4)
            + " ("
            + actual.successes()
            + " of "
            + actual.trials()
            + " trials) and its "
            + level
            + " Wilson score interval ["
            + Texts.number(ci.low(), 4)
            + ", "
            + Texts.number(ci.high(), 4)
            + "] lies wholly "
            + side
            + " "
            + Texts.given(p));
  }

  private static String percent(double c) {
    String s = String.format(Locale.ROOT, "%.4f", c * 100);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }
}
