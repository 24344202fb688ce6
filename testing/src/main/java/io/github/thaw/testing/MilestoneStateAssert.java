package io.github.thaw.testing;

import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what the evidence says of one milestone at a date. Reach it through {@link
 * ModelAssert#statusAt(String, LocalDate)}. Comparisons use the preferred reading, the status of
 * the latest report, which is what the index counts; {@link #isDisputedBetween} checks the band.
 *
 * <pre>{@code
 * assertThat(model).statusAt("third-country-crossing", LocalDate.of(2022, 7, 1))
 *     .isAtLeast(Status.AGREED)
 *     .isSupportedBy("s003");
 * assertThat(model).statusAt("third-country-crossing", LocalDate.of(2025, 9, 12))
 *     .isDisputedBetween(Status.AGREED, Status.IN_PROGRESS);
 * }</pre>
 */
public class MilestoneStateAssert extends AbstractAssert<MilestoneStateAssert, MilestoneState> {
  private final LocalDate date;

  /**
   * Assertions on a milestone's state.
   *
   * @param actual the state
   * @param date the date it was read at, shown in messages
   */
  public MilestoneStateAssert(MilestoneState actual, LocalDate date) {
    super(actual, MilestoneStateAssert.class);
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * Checks that the milestone is at least this far along.
   *
   * @param status the lowest acceptable status
   * @return this
   * @throws AssertionError giving the status and the latest report behind it
   */
  public MilestoneStateAssert isAtLeast(Status status) {
    isNotNull();
    if (actual.status().compareTo(status) < 0) {
      fail("to be at least " + status);
    }
    return this;
  }

  /**
   * Checks that the milestone is at most this far along.
   *
   * @param status the highest acceptable status
   * @return this
   * @throws AssertionError giving the status and the latest report behind it
   */
  public MilestoneStateAssert isAtMost(Status status) {
    isNotNull();
    if (actual.status().compareTo(status) > 0) {
      fail("to be at most " + status);
    }
    return this;
  }

  /**
   * Checks that the milestone has exactly this status.
   *
   * @param status the expected status
   * @return this
   * @throws AssertionError giving the status and the latest report behind it
   */
  public MilestoneStateAssert isEqualTo(Status status) {
    isNotNull();
    if (actual.status() != status) {
      fail("to be " + status);
    }
    return this;
  }

  /**
   * Checks that sources disagree: live readings differ.
   *
   * @return this
   * @throws AssertionError giving the single reading
   */
  public MilestoneStateAssert isDisputed() {
    isNotNull();
    if (!actual.isDisputed()) {
      fail("to be disputed between sources");
    }
    return this;
  }

  /**
   * Checks that sources agree: every live reading is the same.
   *
   * @return this
   * @throws AssertionError giving the band and the live readings
   */
  public MilestoneStateAssert isNotDisputed() {
    isNotNull();
    if (actual.isDisputed()) {
      fail("not to be disputed between sources", true);
    }
    return this;
  }

  /**
   * Checks that sources disagree and exactly how: the most conservative live reading is {@code low}
   * and the most optimistic {@code high}.
   *
   * @param low the expected low end of the band
   * @param high the expected high end of the band
   * @return this
   * @throws AssertionError giving the band and the live readings
   */
  public MilestoneStateAssert isDisputedBetween(Status low, Status high) {
    isNotNull();
    if (actual.low() != low || actual.high() != high || low == high) {
      fail("to be disputed between " + low + " and " + high, true);
    }
    return this;
  }

  /**
   * Checks that a source backs the state: a live reading, or the latest report, cites it.
   *
   * @param sourceId the source's id, such as {@code s004}
   * @return this
   * @throws AssertionError listing the sources the state rests on
   */
  public MilestoneStateAssert isSupportedBy(String sourceId) {
    isNotNull();
    Set<String> cited = new LinkedHashSet<>();
    actual.readings().forEach(e -> cited.addAll(e.sources()));
    actual.latest().ifPresent(e -> cited.addAll(e.sources()));
    if (!cited.contains(sourceId)) {
      failWithMessage(
          "%s",
          "Expecting '"
              + actual.milestone()
              + "' at "
              + date
              + " to rest on source '"
              + sourceId
              + "',\nbut "
              + (cited.isEmpty()
                  ? "no report of it cites any source by then"
                  : "its reports cite only " + String.join(", ", cited)));
    }
    return this;
  }

  private void fail(String expectation) {
    fail(expectation, false);
  }

  private void fail(String expectation, boolean readings) {
    StringBuilder out =
        new StringBuilder("Expecting '")
            .append(actual.milestone())
            .append("' at ")
            .append(date)
            .append(' ')
            .append(expectation)
            .append(",\nbut it is ")
            .append(Texts.state(actual));
    if (readings) {
      out.append("\nLive readings:");
      for (Event e : actual.readings()) {
        out.append("\n  - ").append(e);
      }
      if (actual.readings().isEmpty()) {
        out.append(" none");
      }
    }
    failWithMessage("%s", out);
  }
}
