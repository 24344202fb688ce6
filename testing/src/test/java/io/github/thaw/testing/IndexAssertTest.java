package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.byLessThan;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.Band;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.IndexResult;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexAssertTest {
  private final ProcessModel model = Fixtures.model();
  private final IndexResult now = IndexMethod.legacy().evaluate(model, Fixtures.AS_OF);

  @Test
  void valuesAndDimensionsPassWithinTheirBounds() {
    // borders 33.33, transport 33.33, diplomacy 50: the value is 38.89, its band 33.33 to 38.89
    assertThat(model)
        .withMethod(IndexMethod.legacy())
        .valueAt(Fixtures.AS_OF)
        .isBetween(38.8, 38.9);
    assertThat(now).value().isAtLeast(38.8).isAtMost(38.9).isGreaterThan(38).isLessThan(39);
    assertThat(now).dimension("diplomacy").isAtMost(50).isAtLeast(50).isBetween(50, 50);
    assertThat(model).withMethod(IndexMethod.pam()).valueAt(Fixtures.AS_OF).isAtMost(40);
  }

  @Test
  void aValueOutOfBoundsShowsItsBandAndLargestContributions() {
    assertThatThrownBy(() -> assertThat(now).value().isBetween(40, 60))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Example' at 2024-06-30 to be between 40.0 and 60.0,\n"
                + "but it is 38.89 (band 33.33 to 38.89).\n"
                + "Largest contributions: envoys 16.67 (COMPLETED), crossing 11.11 (IN_PROGRESS),"
                + " gate 5.56 (AGREED)");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .valueAt(Fixtures.AS_OF)
                    .isAtLeast(40))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' at 2024-06-30 to be at least 40.0,\n");
    assertThatThrownBy(() -> assertThat(now).value().isAtMost(38.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' at 2024-06-30 to be at most 38.5,");
    assertThatThrownBy(() -> assertThat(now).value().isLessThan(38.5))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting the index of 'Example' at 2024-06-30 to be below 38.5,");
    assertThatThrownBy(() -> assertThat(now).value().isGreaterThan(39.125))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' at 2024-06-30 to be above 39.125,");
  }

  @Test
  void beforeAnyProgressNoMilestoneContributes() {
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .valueAt(LocalDate.of(2020, 1, 1))
                    .isGreaterThan(0))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Example' at 2020-01-01 to be above 0.0,\n"
                + "but it is 0.0.\n"
                + "Largest contributions: none, no milestone has advanced");
  }

  @Test
  void aDimensionOutOfBoundsListsItsMilestones() {
    assertThatThrownBy(() -> assertThat(now).dimension("diplomacy").isAtMost(40))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting dimension 'diplomacy' of the index of 'Example' at 2024-06-30 to be at"
                + " most 40.0,\n"
                + "but it is 50.0.\n"
                + "Its milestones: envoys counts as COMPLETED, relations counts as NOT_STARTED");
    assertThatThrownBy(() -> assertThat(now).dimension("borders").isAtLeast(50))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting dimension 'borders' of the index of 'Example' at 2024-06-30 to be at"
                + " least 50.0,\n"
                + "but it is 33.33 (band 16.67 to 33.33).\n"
                + "Its milestones: crossing counts as IN_PROGRESS, border counts as NOT_STARTED");
  }

  @Test
  void aCappedMilestoneIsMarkedInItsDimension() {
    ProcessModel ahead =
        Fixtures.builder()
            .event(Fixtures.status("2024-06-20", "railway", Status.COMPLETED, "s2", "Trains run."))
            .build();
    assertThatThrownBy(
            () ->
                assertThat(ahead)
                    .withMethod(IndexMethod.legacy())
                    .at(Fixtures.AS_OF)
                    .dimension("transport")
                    .isAtLeast(60))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting dimension 'transport' of the index of 'Example' at 2024-06-30 to be at"
                + " least 60.0,\n"
                + "but it is 33.33.\n"
                + "Its milestones: gate counts as AGREED, railway counts as AGREED (reported"
                + " COMPLETED, capped)");
  }

  @Test
  void anUnknownDimensionListsTheDimensions() {
    assertThatThrownBy(() -> assertThat(now).dimension("energy"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting a dimension 'energy' in the index of 'Example' at 2024-06-30,\n"
                + "but its dimensions are: borders, transport, diplomacy");
    IndexResult context =
        IndexMethod.defaults()
            .evaluate(
                model.toBuilder()
                    .dimension(Dimension.of("talks", "Talks").withScored(false))
                    .milestone(Milestone.builder("summit", "Summit", "talks").build())
                    .build(),
                Fixtures.AS_OF);
    assertThatThrownBy(() -> assertThat(context).dimension("talks"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting a dimension 'talks' in the index of 'Example' at 2024-06-30,\n"
                + "but it has no value: its milestones are not scored (context) or weigh nothing");
  }

  @Test
  void thePooledDefaultHasDimensionValues() {
    // By hand, implementation coding 0, 0, 2/3, 1 with every weight 1: diplomacy envoys 1,
    // relations 0 → 50; borders crossing IN_PROGRESS (latest of two ungraded sources) 2/3, border
    // 0 → 100/3; transport gate and railway AGREED → 0. Pooled: (1 + 2/3) / 6.
    IndexResult pooled = IndexMethod.defaults().evaluate(model, Fixtures.AS_OF);
    assertThat(pooled).dimension("diplomacy").isCloseTo(50.0, within(1e-12));
    assertThat(pooled).dimension("borders").isCloseTo(100.0 / 3, within(1e-12));
    assertThat(pooled).dimension("transport").isCloseTo(0.0, within(1e-12));
    assertThat(pooled).value().isCloseTo(500.0 / 18, within(1e-12));
  }

  @Test
  void roseComparesTwoDatesAndListsTheEventsBetween() {
    assertThat(model)
        .withMethod(IndexMethod.legacy())
        .rose(LocalDate.of(2024, 5, 31), Fixtures.AS_OF);
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .rose(LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 6)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Example' to rise from 2024-06-04 to 2024-06-06,\n"
                + "but it went from 33.33 to 33.33.\n"
                + "Status events in between:\n"
                + "  - 2024-06-05 crossing AGREED [s1] — Crossing not in force.");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .rose(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Example' to rise from 2023-04-01 to 2023-05-01,\n"
                + "but it went from 27.78 to 27.78.\n"
                + "Status events in between: none");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .rose(Fixtures.AS_OF, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rose(from, to) needs from before to, got 2024-06-30 and 2024-06-30");
  }

  @Test
  void fellComparesTwoDatesAndListsTheEventsBetween() {
    // GIVEN the railway reported halted: transport falls from (1/3 + 1/3)/2 to (0 + 1/3)/2, so the
    // index falls from (1/2 + 1/3 + 1/3)/3 = 7/18 to (1/2 + 1/3 + 1/6)/3 = 1/3
    ProcessModel halted =
        Fixtures.builder()
            .event(Event.status("2024-06-20", "railway", Status.NOT_STARTED, "s1"))
            .build();
    assertThat(halted)
        .withMethod(IndexMethod.legacy())
        .fell(LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 20));
    assertThat(halted)
        .withMethod(IndexMethod.legacy())
        .valueAt(LocalDate.of(2024, 6, 19))
        .isCloseTo(700 / 18.0, within(1e-9));
    assertThat(halted)
        .withMethod(IndexMethod.legacy())
        .valueAt(LocalDate.of(2024, 6, 20))
        .isCloseTo(100 / 3.0, within(1e-9));
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .fell(LocalDate.of(2024, 6, 4), LocalDate.of(2024, 6, 6)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Example' to fall from 2024-06-04 to 2024-06-06,\n"
                + "but it went from 33.33 to 33.33.\n"
                + "Status events in between:\n"
                + "  - 2024-06-05 crossing AGREED [s1] — Crossing not in force.");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .fell(LocalDate.of(2024, 5, 31), Fixtures.AS_OF))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' to fall from 2024-05-31 to 2024-06-30,\n");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .withMethod(IndexMethod.legacy())
                    .fell(Fixtures.AS_OF, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fell(from, to) needs from before to, got 2024-06-30 and 2024-06-30");
  }

  @Test
  void isCloseToAcceptsAValueWithinTheOffset() {
    // Borders 1/3, transport 1/3, diplomacy 1/2: the index is 7/18 of 100 = 38.888...
    assertThat(now).value().isCloseTo(38.89, within(0.01)).isCloseTo(38.9, byLessThan(0.012));
    assertThat(now).dimension("diplomacy").isCloseTo(50, within(0.0));
    assertThatThrownBy(() -> assertThat(now).value().isEqualTo(38.89))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(now).value().isCloseTo(38.8, within(0.05)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' at 2024-06-30 to be within 0.05 of 38.8 (off by"
                + " 0.088889),\nbut it is 38.89 (band 33.33 to 38.89).\n");
    assertThatThrownBy(() -> assertThat(now).value().isCloseTo(38.9, byLessThan(0.011)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the index of 'Example' at 2024-06-30 to be within 0.011 of 38.9 (exclusive)"
                + " (off by 0.011111),");
  }

  @Test
  void theIndexIsMonotoneUnderProgress() {
    assertThat(model).withMethod(IndexMethod.legacy()).isMonotoneUnderProgress();
    assertThat(model).withMethod(IndexMethod.pam()).isMonotoneUnderProgressAt(Fixtures.AS_OF);
    assertThat(now).isMonotoneUnderProgress().hasNoFindings();
    assertThat(IndexMethod.legacy().prepare(model.toBuilder().asOf((PartialDate) null).build()))
        .isMonotoneUnderProgress();
  }

  @Test
  void anIndexThatFallsAsMilestonesAdvanceNamesEachMilestoneAndBothValues() {
    // GIVEN a two-milestone model and, in place of a real method, an index turned upside down
    ProcessModel pair =
        ProcessModel.builder("Pair")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").build())
            .milestone(Milestone.builder("b", "B", "d").requires("a").build())
            .source(new Source("s1", "", "", null, "s1.txt"))
            .event(Fixtures.status("2024-01-01", "a", Status.AGREED, "s1", ""))
            .build();
    Monotonicity.Probe upsideDown =
        (m, d) -> {
          Band b = IndexMethod.legacy().evaluate(m, d).band();
          return new Band(100 - b.high(), 100 - b.value(), 100 - b.low());
        };
    // WHEN checked THEN each raise that lowers it is named with the values before and after
    assertThatThrownBy(
            () ->
                assertThat(IndexMethod.legacy().prepare(pair))
                    .isMonotoneUnderProgressAt(Fixtures.AS_OF, upsideDown))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the index of 'Pair' never to fall when one milestone advances one step"
                + " after 2024-06-30,\n"
                + "but 2 milestones do (each raised by a new report on 2024-07-01):\n"
                + "  - raising a from AGREED to IN_PROGRESS lowers the value from 83.33 to 66.67,"
                + " the low end of the band from 83.33 to 66.67, the high end of the band from"
                + " 83.33 to 66.67\n"
                + "  - raising b from NOT_STARTED to AGREED lowers the value from 83.33 to 66.67,"
                + " the low end of the band from 83.33 to 66.67, the high end of the band from"
                + " 83.33 to 66.67");
  }

  @Test
  void aModelWithNoDateToStartFromIsAProgrammingError() {
    ProcessModel empty =
        ProcessModel.builder("Empty")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").build())
            .build();
    assertThatThrownBy(
            () -> assertThat(empty).withMethod(IndexMethod.legacy()).isMonotoneUnderProgress())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Empty' has no asOf date and no event; use isMonotoneUnderProgressAt(date)");
    assertThat(empty)
        .withMethod(IndexMethod.legacy())
        .isMonotoneUnderProgressAt(LocalDate.of(2024, 1, 1));
    assertThat(empty.toBuilder().asOf(PartialDate.parse("2024")).build())
        .withMethod(IndexMethod.legacy())
        .isMonotoneUnderProgress();
  }

  @Test
  void findingsAreListedInTheirOwnWords() {
    ProcessModel ahead =
        Fixtures.builder()
            .event(Fixtures.status("2024-06-20", "railway", Status.COMPLETED, "s2", "Trains run."))
            .build();
    assertThatThrownBy(
            () ->
                assertThat(ahead)
                    .withMethod(IndexMethod.legacy())
                    .at(Fixtures.AS_OF)
                    .hasNoFindings())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting no milestone of 'Example' to be held back by a hard prerequisite at"
                + " 2024-06-30,\n"
                + "but 1 milestone is:\n"
                + "  - railway is reported COMPLETED (2024-06-20, s2) but counts as AGREED: it"
                + " requires gate, which is AGREED (2023-03-01, s2).");
  }
}
