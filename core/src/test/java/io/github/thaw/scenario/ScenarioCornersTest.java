package io.github.thaw.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corners of applying and comparing scenarios, on the model of {@link ScenarioApplyTest}: crossing
 * AGREED 2022-07-01 and COMPLETED 2026-03-01; border-opening requires crossing and
 * railway-rehabilitation.
 */
class ScenarioCornersTest {
  private static final ProcessModel BASE = ScenarioApplyTest.baseline();

  private static List<String> problems(Scenario s) {
    ModelException e = catchThrowableOfType(() -> s.applyTo(BASE), ModelException.class);
    assertThat(e).as("expected a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void badRequirementsAndAddedMilestonesSayWhatIsWrong() {
    // GIVEN one change of each kind that refers to something wrong
    Scenario s =
        Scenario.named("bad")
            .addRequires("border-opening", "crossing")
            .addRequires("border-opening", "crosing")
            .dropRequires("border-opening", "railway-rehabilitaton")
            .addMilestone(Milestone.builder("grid", "Grid", "transport").requires("grid").build())
            .addMilestone(
                Milestone.builder("grid", "Grid", "transport").influencedBy("gird").build())
            .build();
    // WHEN applied THEN each is refused with its own reason, in order
    assertThat(problems(s))
        .containsExactly(
            "changes[0]: addRequires border-opening requires crossing: milestone 'border-opening'"
                + " already requires 'crossing'",
            "changes[1]: addRequires border-opening requires crosing: Milestone 'crosing' is not in"
                + " model 'Base' (did you mean 'crossing'?)",
            "changes[2]: dropRequires border-opening no longer requires railway-rehabilitaton:"
                + " Milestone 'railway-rehabilitaton' is not in model 'Base' (did you mean"
                + " 'railway-rehabilitation'?)",
            "changes[3]: addMilestone grid: milestone 'grid' cannot require or be influenced by"
                + " itself",
            "changes[4]: addMilestone grid: Milestone 'gird' is not in model 'Base'");
  }

  @Test
  void aFreezeLeavesAReportAtTheFrozenStatusAsItIs() {
    // GIVEN a scenario that reports crossing AGREED in 2025, then freezes progress from 2025-01-01,
    // when crossing was AGREED
    ProcessModel what =
        Scenario.named("hold")
            .setStatus("crossing", Status.AGREED, "2025-06-01")
            .freeze("2025-01-01")
            .build()
            .applyTo(BASE);
    // WHEN applied THEN the later AGREED report, not above the frozen status, keeps its note; the
    // COMPLETED of 2026 is held at AGREED
    List<Event> events = what.eventsOf(MilestoneId.of("crossing"));
    assertThat(events)
        .extracting(Event::note)
        .containsExactly(
            "",
            "Scenario 'hold': setStatus crossing AGREED at 2025-06-01",
            " [frozen by scenario 'hold': reported COMPLETED, held at AGREED]");
  }

  @Test
  void applyingAScenarioKeepsTheBaselinesAsOf() {
    // GIVEN a baseline with an asOf date
    ProcessModel dated = BASE.toBuilder().asOf(PartialDate.parse("2026-04-01")).build();
    // WHEN a scenario is applied THEN the result is as of the same date
    ProcessModel what = Scenario.named("w").setWeight("crossing", 2).build().applyTo(dated);
    assertThat(what.asOf()).contains(PartialDate.parse("2026-04-01"));
  }

  @Test
  void atLatestDoesNotGoBackToAnEarlierHypotheticalDate() {
    // GIVEN a scenario whose only event is before the baseline's last event (2026-03-01)
    Scenario early =
        Scenario.named("early")
            .setStatus("railway-rehabilitation", Status.AGREED, "2024-06-01")
            .build();
    // WHEN compared at the latest date THEN that is the baseline's, not the scenario's
    ScenarioComparison c = ScenarioComparison.atLatest(BASE, IndexMethod.legacy(), List.of(early));
    assertThat(c.date()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void onlyTheCapsTheBaselineDoesNotHaveAreIntroduced() {
    // GIVEN a baseline in which border-opening is reported COMPLETED before railway works began
    // (one cap), and a scenario that makes crossing, also COMPLETED, wait for the railway too
    ProcessModel capped =
        BASE.toBuilder()
            .event(
                Event.status(
                    PartialDate.parse("2026-03-15"),
                    "border-opening",
                    Status.COMPLETED,
                    List.of("s1"),
                    ""))
            .build();
    Scenario s = Scenario.named("wait").addRequires("crossing", "railway-rehabilitation").build();
    // WHEN compared THEN the caps introduced are crossing's (by the railway) and border-opening's
    // by crossing, which now counts below COMPLETED; border-opening's cap by the railway is the
    // baseline's and is not listed again
    ScenarioOutcome o =
        ScenarioComparison.at(capped, IndexMethod.legacy(), List.of(s), LocalDate.of(2026, 6, 1))
            .outcome("wait");
    assertThat(o.introducedFindings())
        .extracting(f -> f.milestone() + " by " + f.prerequisite())
        .containsExactlyInAnyOrder(
            "crossing by railway-rehabilitation", "border-opening by crossing");
  }

  @Test
  void aDimensionThatMovesByAPrintedTenthIsListed() {
    // GIVEN an outcome whose one dimension moved by 0.05 points, which prints as +0.1
    ScenarioOutcome base =
        ScenarioComparison.at(
                BASE,
                IndexMethod.legacy(),
                List.of(Scenario.named("none").build()),
                LocalDate.of(2026, 6, 1))
            .outcome("none");
    ScenarioOutcome moved =
        new ScenarioOutcome(
            base.scenario(),
            base.result(),
            0.05,
            Map.of("borders", 0.05),
            List.of(),
            List.of(),
            Map.of(),
            List.of());
    // WHEN explained THEN the dimension is named with its move
    assertThat(moved.explain()).contains("Dimensions that move: borders +0.1.");
  }

  @Test
  void aFreezeKeepsWhatIsReportedOnItsOwnDay() {
    // GIVEN a second outlet that reports crossing only AGREED on 2026-03-01, the day the first
    // reports it COMPLETED
    ProcessModel disputed =
        BASE.toBuilder()
            .source(new Source("s2", "B", "b", null, "b.txt"))
            .event(
                Event.status(
                    PartialDate.parse("2026-03-01"), "crossing", Status.AGREED, List.of("s2"), ""))
            .build();
    // (the day's state is AGREED, the later-listed report)
    assertThat(disputed.stateAt(MilestoneId.of("crossing"), LocalDate.of(2026, 3, 1)).status())
        .isEqualTo(Status.AGREED);
    // WHEN progress is frozen from that very day
    ProcessModel what = Scenario.named("hold").freeze("2026-03-01").build().applyTo(disputed);
    // THEN the report of that day is not rewritten: a freeze caps only what comes after it
    assertThat(what.eventsOf(MilestoneId.of("crossing")))
        .extracting(Event::note)
        .doesNotContain(" [frozen by scenario 'hold': reported COMPLETED, held at AGREED]");
  }
}
