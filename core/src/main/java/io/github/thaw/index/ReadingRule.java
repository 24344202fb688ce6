package io.github.thaw.index;

/**
 * Which status a milestone counts at when its live reports disagree. A report is <em>live</em> at a
 * date until a report more than the dispute window later is at least as advanced, or a strictly
 * later report cites one of its sources (see {@code docs/methodology.md}). The band of an {@link
 * IndexResult} always runs from the lowest to the highest live reading; the rule chooses the value
 * inside it.
 */
public enum ReadingRule {
  /**
   * The latest report (the most conservative one when several share its date): sources are taken to
   * update each other. Right when reports are sparse and each one is news.
   */
  LATEST,
  /**
   * The least advanced live report: progress counts only once no contemporaneous source denies it.
   * Right for a headline that must survive a hostile reader.
   */
  CONSERVATIVE,
  /**
   * The most advanced live report: the upper end of what the record supports, for a sensitivity
   * check, not a headline.
   */
  OPTIMISTIC,
  /**
   * The live report whose best-graded source is the most reliable (grades A to F in the sense of
   * the Admiralty code; F, the default, cannot be judged), then the latest among those, then the
   * most conservative on a tie. When every source is ungraded it is {@link #LATEST}.
   */
  MOST_RELIABLE;

  /**
   * The rule in a few words, as explanations and reports name it after a disputed reading.
   *
   * @return for example {@code "most reliable report, then latest"}
   */
  public String phrase() {
    return switch (this) {
      case LATEST -> "latest report";
      case CONSERVATIVE -> "least advanced live report";
      case OPTIMISTIC -> "most advanced live report";
      case MOST_RELIABLE -> "most reliable report, then latest";
    };
  }
}
