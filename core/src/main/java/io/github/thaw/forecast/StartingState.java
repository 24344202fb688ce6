package io.github.thaw.forecast;

import io.github.thaw.model.Reliability;

/**
 * Where each path of a forecast starts when sources disagree about a milestone at the as-of date
 * (its live readings differ, the band of {@code ProcessModel.stateAt}).
 */
public enum StartingState {
  /** Every path starts from each milestone's preferred (latest) reading: the band is dropped. */
  PREFERRED,
  /**
   * Each path starts a disputed milestone at one of its distinct live reading levels, drawn by one
   * uniform of the path's own stream with a chance proportional to the {@link #gradeWeight grade
   * weight} of the reading's best-graded source (uniformly when the grades are equal), so the
   * forecast carries the disagreement.
   */
  LIVE_READINGS;

  /**
   * How much a live reading weighs in the draw of {@link #LIVE_READINGS}, by the Admiralty grade of
   * its best-graded source: 6 for A down to 1 for F, one less per grade. The order is the index's
   * ({@code ReadingRule.MOST_RELIABLE}, the default rule, counts the best-graded report, and F,
   * reliability that cannot be judged, comes last), so the reading the default index counts weighs
   * the most; every weight is positive, so no live reading, and none any rule prefers, is ruled
   * out; and the steps are mild (A against B 6 : 5, A against F 6 : 1), because the grades are an
   * ordinal judgement of the source, not a calibrated chance that one report is right.
   *
   * @param grade the grade
   * @return the weight, 1 to 6
   */
  public static double gradeWeight(Reliability grade) {
    return Reliability.values().length - grade.ordinal();
  }
}
