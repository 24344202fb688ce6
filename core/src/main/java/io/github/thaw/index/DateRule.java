package io.github.thaw.index;

/**
 * The day from which an event known only to a month or a year counts. An event with a full date
 * counts from that day under every rule.
 */
public enum DateRule {
  /**
   * The last day of the period: a report never moves the index before it could have been true. This
   * is the model's own effective date and the default.
   */
  END_OF_PERIOD,
  /** The first day of the period: the earliest the event may have happened. */
  START_OF_PERIOD,
  /** The middle day of the period (rounded down): the expected date under a uniform ignorance. */
  MIDPOINT
}
