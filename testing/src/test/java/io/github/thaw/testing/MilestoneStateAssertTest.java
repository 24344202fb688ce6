package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneStateAssertTest {
  private final ProcessModel model = Fixtures.model();

  @Test
  void comparisonsUseThePreferredReading() {
    assertThat(model)
        .statusAt("crossing", Fixtures.AS_OF)
        .isEqualTo(Status.IN_PROGRESS)
        .isAtLeast(Status.AGREED)
        .isAtMost(Status.COMPLETED)
        .isDisputed()
        .isDisputedBetween(Status.AGREED, Status.IN_PROGRESS)
        .isSupportedBy("s1")
        .isSupportedBy("s2");
    assertThat(model).statusAt("railway", Fixtures.AS_OF).isNotDisputed();
  }

  @Test
  void isAtLeastGivesTheStatusAndTheLatestReport() {
    assertThatThrownBy(
            () -> assertThat(model).statusAt("railway", Fixtures.AS_OF).isAtLeast(Status.COMPLETED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'railway' at 2024-06-30 to be at least COMPLETED,\n"
                + "but it is AGREED; latest report: 2024-06-01 railway AGREED [s2] — Railway works"
                + " agreed.");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .statusAt("railway", LocalDate.of(2024, 1, 1))
                    .isAtLeast(Status.AGREED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'railway' at 2024-01-01 to be at least AGREED,\n"
                + "but it is NOT_STARTED; no report by then");
  }

  @Test
  void isAtMostAndIsEqualToShowTheBand() {
    assertThatThrownBy(
            () -> assertThat(model).statusAt("crossing", Fixtures.AS_OF).isAtMost(Status.AGREED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'crossing' at 2024-06-30 to be at most AGREED,\n"
                + "but it is IN_PROGRESS (sources disagree: live readings from AGREED to"
                + " IN_PROGRESS); latest report: 2024-06-10 crossing IN_PROGRESS [s2] — Some"
                + " crossings.");
    assertThatThrownBy(
            () -> assertThat(model).statusAt("gate", Fixtures.AS_OF).isEqualTo(Status.COMPLETED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'gate' at 2024-06-30 to be COMPLETED,\n"
                + "but it is AGREED; latest report: 2023-03-01 gate AGREED [s2] — Gate study"
                + " agreed.");
  }

  @Test
  void disputeAssertionsListTheLiveReadings() {
    assertThatThrownBy(() -> assertThat(model).statusAt("gate", Fixtures.AS_OF).isDisputed())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'gate' at 2024-06-30 to be disputed between sources,\n"
                + "but it is AGREED; latest report: 2023-03-01 gate AGREED [s2] — Gate study"
                + " agreed.");
    assertThatThrownBy(() -> assertThat(model).statusAt("crossing", Fixtures.AS_OF).isNotDisputed())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'crossing' at 2024-06-30 not to be disputed between sources,\n"
                + "but it is IN_PROGRESS (sources disagree: live readings from AGREED to"
                + " IN_PROGRESS); latest report: 2024-06-10 crossing IN_PROGRESS [s2] — Some"
                + " crossings.\n"
                + "Live readings:\n"
                + "  - 2024-06-05 crossing AGREED [s1] — Crossing not in force.\n"
                + "  - 2024-06-10 crossing IN_PROGRESS [s2] — Some crossings.");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .statusAt("crossing", LocalDate.of(2023, 1, 1))
                    .isDisputedBetween(Status.AGREED, Status.IN_PROGRESS))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'crossing' at 2023-01-01 to be disputed between AGREED and IN_PROGRESS,\n"
                + "but it is AGREED; latest report: 2022-07-01 crossing AGREED [s1] — Crossing"
                + " agreed.\n"
                + "Live readings:\n"
                + "  - 2022-07-01 crossing AGREED [s1] — Crossing agreed.");
    assertThatThrownBy(
            () ->
                assertThat(model)
                    .statusAt("border", Fixtures.AS_OF)
                    .isDisputedBetween(Status.NOT_STARTED, Status.NOT_STARTED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'border' at 2024-06-30 to be disputed between NOT_STARTED and NOT_STARTED,\n"
                + "but it is NOT_STARTED; no report by then\n"
                + "Live readings: none");
  }

  @Test
  void isSupportedByListsTheSourcesCited() {
    assertThatThrownBy(() -> assertThat(model).statusAt("gate", Fixtures.AS_OF).isSupportedBy("s1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'gate' at 2024-06-30 to rest on source 's1',\nbut its reports cite only s2");
    assertThatThrownBy(
            () -> assertThat(model).statusAt("border", Fixtures.AS_OF).isSupportedBy("s1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting 'border' at 2024-06-30 to rest on source 's1',\n"
                + "but no report of it cites any source by then");
  }
}
