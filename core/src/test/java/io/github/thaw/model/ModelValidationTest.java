package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.internal.SharedSecrets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidationTest {

  private static final List<String> S1 = List.of("s1");

  private static ProcessModel.Builder base() {
    return ProcessModel.builder("Test process")
        .dimension(Dimension.of("borders", "Borders"))
        .dimension(Dimension.of("transport", "Transport"))
        .source(new Source("s1", "Outlet", "Title", PartialDate.parse("2024-07"), "a.txt"))
        .milestone(Milestone.builder("crossing", "Crossing", "borders").build())
        .milestone(Milestone.builder("railway", "Railway", "transport").build());
  }

  /** The problems as a Java caller of {@code build()} sees them: naming the element. */
  private static List<String> problems(ProcessModel.Builder b) {
    return problems(b::build);
  }

  /** The problems as file readers get them, at the path of the bad value, to locate in the file. */
  private static List<String> pathProblems(ProcessModel.Builder b) {
    return problems(() -> SharedSecrets.buildByPath(b));
  }

  private static List<String> problems(Supplier<ProcessModel> build) {
    try {
      build.get();
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected a ModelException");
  }

  @Test
  void validModelBuilds() {
    ProcessModel m = base().build();
    assertThat(m.milestones()).hasSize(2);
    assertThat(m.toString())
        .isEqualTo("ProcessModel['Test process': 2 dimensions, 2 milestones, 1 sources, 0 events]");
  }

  @Test
  void blankName() {
    assertThat(problems(base().name(" "))).containsExactly("model name must not be blank");
    assertThat(pathProblems(base().name(" ")))
        .containsExactly("name: model name must not be blank");
  }

  @Test
  void duplicateMilestoneId() {
    ProcessModel.Builder b =
        base().milestone(Milestone.builder("railway", "Again", "borders").build());
    assertThat(problems(b))
        .containsExactly("milestone 'railway' is added twice to model 'Test process'");
    assertThat(pathProblems(b))
        .containsExactly(
            "milestones[2].id: milestone 'railway' is declared twice (first at milestones[1])");
  }

  @Test
  void duplicateDimensionAndSource() {
    ProcessModel.Builder b =
        base()
            .dimension(Dimension.of("borders", "Again"))
            .source(new Source("s1", "", "", null, ""));
    assertThat(problems(b))
        .containsExactly(
            "dimension 'borders' is added twice to model 'Test process'",
            "source 's1' is added twice to model 'Test process'");
    assertThat(pathProblems(b))
        .containsExactly(
            "dimensions[2].id: dimension 'borders' is declared twice (first at dimensions[0])",
            "sources[1].id: source 's1' is declared twice (first at sources[0])");
  }

  @Test
  void unknownDimensionWithHint() {
    ProcessModel.Builder b =
        base().milestone(Milestone.builder("gate", "Gate", "transprt").build());
    assertThat(problems(b))
        .containsExactly(
            "milestone 'gate' is in dimension 'transprt', which is not in model 'Test process'"
                + " (did you mean 'transport'?)");
    assertThat(pathProblems(b))
        .containsExactly(
            "milestones[2].dimension: Dimension 'transprt' is not in model 'Test process'"
                + " (did you mean 'transport'?)");
  }

  @Test
  void unknownPrerequisiteWithHint() {
    ProcessModel.Builder b =
        base()
            .milestone(
                Milestone.builder("border-opening", "Border", "borders")
                    .requires("crossing", "raiway")
                    .influencedBy("peace")
                    .build());
    assertThat(problems(b))
        .containsExactly(
            "milestone 'border-opening' requires 'raiway', which is not in model 'Test process'"
                + " (did you mean 'railway'?)",
            "milestone 'border-opening' is influenced by 'peace', which is not in model"
                + " 'Test process'");
    assertThat(pathProblems(b))
        .containsExactly(
            "milestones[2].requires[1]: Milestone 'raiway' is not in model 'Test process'"
                + " (did you mean 'railway'?)",
            "milestones[2].influencedBy[0]: Milestone 'peace' is not in model 'Test process'");
  }

  @Test
  void prerequisiteListedTwiceOrBothHardAndSoft() {
    ProcessModel.Builder b =
        base()
            .milestone(
                Milestone.builder("border-opening", "Border", "borders")
                    .requires("crossing", "crossing")
                    .influencedBy("crossing")
                    .build());
    assertThat(problems(b))
        .containsExactly(
            "milestone 'border-opening' lists 'crossing' twice in requires",
            "milestone 'border-opening' lists 'crossing' both in requires and influencedBy; keep"
                + " one");
    assertThat(pathProblems(b))
        .containsExactly(
            "milestones[2].requires[1]: milestone 'border-opening' lists 'crossing' twice in"
                + " requires",
            "milestones[2].influencedBy[0]: milestone 'border-opening' lists 'crossing' both in"
                + " requires and influencedBy; keep one");
  }

  @Test
  void cycleIsNamedWithItsPath() {
    ProcessModel.Builder b =
        ProcessModel.builder("Cyclic")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").requires("b").build())
            .milestone(Milestone.builder("b", "B", "d").influencedBy("c").build())
            .milestone(Milestone.builder("c", "C", "d").requires("a").build());
    assertThat(problems(b)).containsExactly("dependency cycle: a → b → c → a");
    assertThat(pathProblems(b))
        .containsExactly("milestones[0].requires[0]: dependency cycle: a → b → c → a");
  }

  @Test
  void selfLoopIsACycle() {
    ProcessModel.Builder b =
        ProcessModel.builder("Loop")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").requires("a").build());
    assertThat(problems(b)).containsExactly("dependency cycle: a → a");
    assertThat(pathProblems(b))
        .containsExactly("milestones[0].requires[0]: dependency cycle: a → a");
  }

  @Test
  void twoDisjointCyclesAreBothReported() {
    ProcessModel.Builder b =
        ProcessModel.builder("Two")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "A", "d").requires("b").build())
            .milestone(Milestone.builder("b", "B", "d").requires("a").build())
            .milestone(Milestone.builder("c", "C", "d").requires("e").build())
            .milestone(Milestone.builder("e", "E", "d").requires("c").build());
    assertThat(problems(b))
        .containsExactly("dependency cycle: a → b → a", "dependency cycle: c → e → c");
    assertThat(pathProblems(b))
        .containsExactly(
            "milestones[0].requires[0]: dependency cycle: a → b → a",
            "milestones[2].requires[0]: dependency cycle: c → e → c");
  }

  @Test
  void eventProblems() {
    ProcessModel.Builder b =
        base()
            .event(
                Event.status(PartialDate.parse("2022-07-01"), "crosing", Status.AGREED, S1, "typo"))
            .event(
                Event.status(
                    PartialDate.parse("2022"), "crossing", Status.AGREED, List.of("s2"), ""))
            .event(Event.context(PartialDate.parse("1993"), List.of(), "closure"))
            .event(Event.context(PartialDate.parse("1993"), List.of("s1", "s1"), "twice"));
    assertThat(problems(b))
        .containsExactly(
            "event of 2022-07-01 sets milestone 'crosing', which is not in model 'Test process'"
                + " (did you mean 'crossing'?)",
            "event of 2022 on 'crossing' cites source 's2', which is not in model 'Test process'"
                + " (did you mean 's1'?)",
            "context event of 1993 cites no source; every event needs at least one",
            "context event of 1993 cites source 's1' twice");
    assertThat(pathProblems(b))
        .containsExactly(
            "events[0].milestone: Milestone 'crosing' is not in model 'Test process'"
                + " (did you mean 'crossing'?)",
            "events[1].sources[0]: Source 's2' is not in model 'Test process'"
                + " (did you mean 's1'?)",
            "events[2].sources: event cites no source; every event needs at least one",
            "events[3].sources[1]: event cites source 's1' twice");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ProcessModel.Builder b =
        base()
            .name("")
            .milestone(Milestone.builder("x", "X", "nowhere").requires("x").build())
            .event(Event.context(PartialDate.parse("1993"), List.of("zz"), ""));
    assertThatThrownBy(b::build)
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "4 problems:\n"
                + "  model name must not be blank\n"
                + "  milestone 'x' is in dimension 'nowhere', which is not in model ''\n"
                + "  dependency cycle: x → x\n"
                + "  context event of 1993 cites source 'zz', which is not in model ''");
    assertThatThrownBy(() -> SharedSecrets.buildByPath(b))
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "4 problems:\n"
                + "  name: model name must not be blank\n"
                + "  milestones[2].dimension: Dimension 'nowhere' is not in model ''\n"
                + "  milestones[2].requires[0]: dependency cycle: x → x\n"
                + "  events[0].sources[0]: Source 'zz' is not in model ''");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Border", "border_opening", "-a", "a-", "a--b", "", "a b"})
  void badMilestoneIds(String id) {
    assertThatThrownBy(() -> MilestoneId.of(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "milestone id '"
                + id
                + "' is not lower-kebab-case (letters a-z, digits and single hyphens, e.g."
                + " 'border-opening')");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, -1, Double.POSITIVE_INFINITY})
  void badWeights(double w) {
    assertThatThrownBy(() -> Milestone.builder("a", "A", "d").weight(w).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of milestone 'a' is " + w + "; a weight must be a finite number >= 0");
    assertThatThrownBy(() -> new Dimension("d", "D", w, ""))
        .hasMessage("weight of dimension 'd' is " + w + "; a weight must be a finite number >= 0");
  }

  @Test
  void blankMilestoneNameAndEventStatusMismatch() {
    assertThatThrownBy(() -> Milestone.builder("a", " ", "d").build())
        .hasMessage("name of milestone 'a' must not be blank");
    assertThatThrownBy(
            () ->
                new Event(
                    PartialDate.parse("2022"),
                    java.util.Optional.of(MilestoneId.of("a")),
                    java.util.Optional.empty(),
                    S1,
                    ""))
        .hasMessage("event of 2022 names milestone 'a' but no status");
    assertThatThrownBy(
            () ->
                new Event(
                    PartialDate.parse("2022"),
                    java.util.Optional.empty(),
                    java.util.Optional.of(Status.AGREED),
                    S1,
                    ""))
        .hasMessage("event of 2022 sets status AGREED but names no milestone");
  }

  @Test
  void statusOutsideTheScale() {
    assertThatThrownBy(() -> Status.parse("DONE"))
        .hasMessage(
            "status 'DONE' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED");
    assertThatThrownBy(() -> Status.parse("in progress"))
        .hasMessage(
            "status 'in progress' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS,"
                + " COMPLETED (did you mean 'IN_PROGRESS'?)");
    assertThatThrownBy(() -> Status.ofLevel(4))
        .hasMessage("Status level 4 is outside the scale 0..3");
  }

  @Test
  void unknownMilestoneLookupSuggests() {
    ProcessModel m = base().build();
    assertThatThrownBy(() -> m.milestone("raiway"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Milestone 'raiway' is not in model 'Test process' (did you mean 'railway'?)");
    assertThatThrownBy(() -> m.dimension("energy"))
        .hasMessage("Dimension 'energy' is not in model 'Test process'");
    assertThatThrownBy(() -> m.source("s9"))
        .hasMessage("Source 's9' is not in model 'Test process' (did you mean 's1'?)");
  }
}
