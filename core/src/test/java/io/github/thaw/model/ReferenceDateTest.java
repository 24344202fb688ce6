package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One reference date: the model's {@code asOf} if it has one, else the effective date of its latest
 * event; never the clock. The library's defaults all read the model at it.
 */
class ReferenceDateTest {
  static final String EVENTS =
      String.join(
          "\n",
          "dimensions:",
          "  - {id: d, name: D}",
          "milestones:",
          "  - {id: talks, name: Talks, dimension: d}",
          "  - {id: deal, name: Deal, dimension: d, requires: [talks]}",
          "sources:",
          "  - {id: s1, outlet: O, title: T, published: 2019-03-05, locator: s1.txt}",
          "events:",
          "  - {date: 2019-03-05, milestone: talks, status: AGREED, sources: [s1]}",
          "  - {date: \"2024\", milestone: talks, status: COMPLETED, sources: [s1]}",
          "");

  static ProcessModel model(String asOfLine) {
    return ModelFiles.read("name: Mine\n" + asOfLine + EVENTS, "mine.yaml", FileSyntax.YAML);
  }

  static final Scenario HEAVIER =
      ScenarioFiles.read(
          "name: heavier\nchanges:\n  - setWeight: {milestone: deal, weight: 3}\n",
          "heavier.yaml",
          FileSyntax.YAML);

  @Test
  void asOfBeforeAYearEventIsTheReferenceAndTheEventDoesNotCountYet() {
    // GIVEN asOf 2024-06 (its last day, 2024-06-30) and an event dated 2024 (from 2024-12-31)
    ProcessModel m = model("asOf: 2024-06\n");
    // WHEN / THEN the reference is asOf, not the later event
    assertThat(m.referenceDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(m.latestEventDate()).contains(LocalDate.of(2024, 12, 31));
    assertThat(m.stateAt(m.referenceDate().orElseThrow()).status("talks")).isEqualTo(Status.AGREED);
  }

  @Test
  void withoutAsOfAYearEventCountsFromTheEndOfItsYear() {
    ProcessModel m = model("");
    assertThat(m.referenceDate()).contains(LocalDate.of(2024, 12, 31));
    assertThat(m.stateAt(m.referenceDate().orElseThrow()).status("talks"))
        .isEqualTo(Status.COMPLETED);
  }

  @Test
  void anAsOfAfterEveryEventIsTheReference() {
    assertThat(model("asOf: 2025-03-01\n").referenceDate()).contains(LocalDate.of(2025, 3, 1));
  }

  @Test
  void aContextEventDatesTheModelToo() {
    ProcessModel m =
        ModelFiles.read(
            String.join(
                "\n",
                "name: Context",
                "dimensions: [{id: d, name: D}]",
                "milestones: [{id: a, name: A, dimension: d}]",
                "sources: [{id: s1, outlet: O, title: T, published: 2020, locator: s1.txt}]",
                "events: [{date: 2020-05, sources: [s1], note: Talks about talks.}]",
                ""),
            "context.yaml",
            FileSyntax.YAML);
    assertThat(m.referenceDate()).contains(LocalDate.of(2020, 5, 31));
  }

  @Test
  void aModelWithNeitherAsOfNorEventsHasNoReferenceDate() {
    ProcessModel m =
        ModelFiles.read(
            "name: Empty\ndimensions: [{id: d, name: D}]\nmilestones: [{id: a, name: A, dimension:"
                + " d}]\n",
            "empty.yaml",
            FileSyntax.YAML);
    assertThat(m.referenceDate()).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> ScenarioComparison.atLatest(m, IndexMethod.defaults(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "model 'Empty' has no asOf date and no event, and no scenario sets a status: give a"
                + " date with ScenarioComparison.at");
  }

  @Test
  void theLibraryDefaultsReadTheModelAtItsReferenceDate() {
    ProcessModel m = model("asOf: 2024-06\n");
    LocalDate reference = LocalDate.of(2024, 6, 30);
    assertThat(ScenarioComparison.atLatest(m, IndexMethod.defaults(), List.of(HEAVIER)).date())
        .isEqualTo(reference);
    assertThat(Forecast.builder(m).samples(10).build().asOf()).isEqualTo(reference);
  }

  @Test
  void aComparisonMovesOnToTheLatestDateAScenarioSetsAStatus() {
    ProcessModel m = model("asOf: 2024-06\n");
    Scenario later =
        ScenarioFiles.read(
            "name: deal\nchanges:\n  - setStatus: {milestone: deal, status: AGREED, date: 2026-06}\n",
            "deal.yaml",
            FileSyntax.YAML);
    assertThat(ScenarioComparison.atLatest(m, IndexMethod.defaults(), List.of(later)).date())
        .isEqualTo(LocalDate.of(2026, 6, 30));
  }
}
