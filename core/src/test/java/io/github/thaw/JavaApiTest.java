package io.github.thaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model API as a Java user writes it: ids as text, dates as text, short factories, and errors
 * that name the element.
 */
class JavaApiTest {

  /** ceasefire ← disarmament ← elections (requires); elections influenced by talks. */
  private static ProcessModel.Builder peace(String name) {
    return ProcessModel.builder(name)
        .asOf("2024-06")
        .dimension(Dimension.of("security", "Security"))
        .dimension(Dimension.of("politics", "Politics", 2))
        .milestone(Milestone.builder("ceasefire", "Ceasefire holds", "security").build())
        .milestone(Milestone.builder("talks", "Talks resume", "politics").build())
        .milestone(
            Milestone.builder("disarmament", "Armed groups disarm", "security")
                .requires("ceasefire")
                .build())
        .milestone(
            Milestone.builder("elections", "Elections held", "politics")
                .requires("disarmament")
                .influencedBy("talks")
                .build())
        .source(Source.of("s1", "s1.txt"))
        .source(
            Source.builder("s2")
                .outlet("Example wire")
                .title("Envoys meet")
                .published("2024-03")
                .locator("https://example.org/2")
                .build())
        .event(Event.status("2024-03", "ceasefire", Status.AGREED, "s1", "s2").withNote("Agreed."))
        .event(Event.status(PartialDate.parse("2024-05-02"), "disarmament", Status.AGREED, "s2"))
        .event(Event.context("2023", "s1"));
  }

  private static final ProcessModel MODEL = peace("Peace process").build();

  @Test
  void queriesTakeMilestoneIdsAsText() {
    assertThat(MODEL.prerequisites("elections")).containsExactly(MilestoneId.of("disarmament"));
    assertThat(MODEL.transitivePrerequisites("elections"))
        .containsExactly(MilestoneId.of("disarmament"), MilestoneId.of("ceasefire"));
    assertThat(MODEL.dependents("ceasefire")).containsExactly(MilestoneId.of("disarmament"));
    assertThat(MODEL.transitiveDependents("ceasefire"))
        .containsExactly(MilestoneId.of("disarmament"), MilestoneId.of("elections"));
    assertThat(MODEL.influences("elections")).containsExactly(MilestoneId.of("talks"));
    assertThat(MODEL.influenced("talks")).containsExactly(MilestoneId.of("elections"));
    assertThat(MODEL.eventsOf("ceasefire")).extracting(Event::note).containsExactly("Agreed.");
    assertThat(MODEL.contains("elections")).isTrue();
    assertThat(MODEL.contains("Elections")).isFalse();
    assertThat(MODEL.findMilestone("talks")).map(Milestone::name).contains("Talks resume");
    assertThat(MODEL.findMilestone("no such milestone")).isEmpty();
  }

  @Test
  void textAndTypedIdsGiveTheSameAnswers() {
    MilestoneId id = MilestoneId.of("elections");
    assertThat(MODEL.transitivePrerequisites("elections"))
        .isEqualTo(MODEL.transitivePrerequisites(id));
    LocalDate d = LocalDate.of(2024, 6, 1);
    assertThat(MODEL.stateAt("disarmament", d))
        .isEqualTo(MODEL.stateAt(MilestoneId.of("disarmament"), d));
    assertThat(MODEL.stateAt("disarmament", d, 0))
        .isEqualTo(MODEL.stateAt(MilestoneId.of("disarmament"), d, 0));
    assertThat(MODEL.stateAt(d).of("disarmament")).isEqualTo(MODEL.stateAt("disarmament", d));
  }

  @Test
  void aMonthDateCountsFromTheEndOfItsMonth() {
    // "2024-03" is known to the month, so it counts from 2024-03-31 (docs/file-format.md).
    assertThat(MODEL.stateAt("ceasefire", LocalDate.of(2024, 3, 30)).status())
        .isEqualTo(Status.NOT_STARTED);
    assertThat(MODEL.stateAt(LocalDate.of(2024, 3, 31)).status("ceasefire"))
        .isEqualTo(Status.AGREED);
    assertThat(MODEL.asOf()).contains(PartialDate.ofMonth(2024, 6));
  }

  static Stream<Arguments> queriesOfAnUnknownId() {
    return Stream.<Consumer<String>>of(
            MODEL::milestone,
            MODEL::prerequisites,
            MODEL::transitivePrerequisites,
            MODEL::dependents,
            MODEL::transitiveDependents,
            MODEL::influences,
            MODEL::influenced,
            MODEL::eventsOf,
            id -> MODEL.stateAt(id, LocalDate.of(2024, 6, 1)),
            id -> MODEL.stateAt(id, LocalDate.of(2024, 6, 1), 7))
        .flatMap(q -> Stream.of(Arguments.of(q, "disarmement"), Arguments.of(q, "Disarmament")));
  }

  @ParameterizedTest
  @MethodSource("queriesOfAnUnknownId")
  void anUnknownIdAsTextIsRefusedWithTheNearestId(Consumer<String> query, String id) {
    assertThatThrownBy(() -> query.accept(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Milestone '" + id + "' is not in model 'Peace process' (did you mean 'disarmament'?)");
  }

  @Test
  void aStateSuggestsTheNearestIdForAnUnknownOne() {
    var state = MODEL.stateAt(LocalDate.of(2024, 6, 1));
    assertThatThrownBy(() -> state.status("disarmement"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Milestone 'disarmement' is not in the state at 2024-06-01 (did you mean"
                + " 'disarmament'?)");
    assertThatThrownBy(() -> state.of(MilestoneId.of("ceasfire")))
        .hasMessage(
            "Milestone 'ceasfire' is not in the state at 2024-06-01 (did you mean 'ceasefire'?)");
    assertThatThrownBy(() -> state.status("Q"))
        .hasMessage("Milestone 'Q' is not in the state at 2024-06-01");
  }

  @Test
  void shortFactoriesEqualTheLongForms() {
    assertThat(Source.of("s1", "s1.txt")).isEqualTo(new Source("s1", null, null, null, "s1.txt"));
    assertThat(MODEL.source("s2"))
        .isEqualTo(
            new Source(
                "s2",
                "Example wire",
                "Envoys meet",
                PartialDate.ofMonth(2024, 3),
                "https://example.org/2"));
    assertThat(Source.builder("s3").published(PartialDate.ofYear(2020)).build().published())
        .isEqualTo(PartialDate.ofYear(2020));
    assertThat(Event.status("2024-03", "ceasefire", Status.AGREED, "s1", "s2").withNote("Agreed."))
        .isEqualTo(
            Event.status(
                PartialDate.ofMonth(2024, 3),
                "ceasefire",
                Status.AGREED,
                List.of("s1", "s2"),
                "Agreed."));
    assertThat(Event.status("2024-03", "ceasefire", Status.AGREED, "s1").note()).isEmpty();
    assertThat(Event.context("2023", "s1"))
        .isEqualTo(Event.context(PartialDate.ofYear(2023), List.of("s1"), ""));
    assertThat(Event.context(PartialDate.ofYear(2023), "s1").withNote("Summit."))
        .isEqualTo(Event.context(PartialDate.ofYear(2023), List.of("s1"), "Summit."));
    assertThat(Dimension.of("politics", "Politics", 2))
        .isEqualTo(new Dimension("politics", "Politics", 2, ""));
    assertThat(
            Milestone.builder("a", "A", "d")
                .requires("b", "c")
                .dropRequires("b")
                .build()
                .requires())
        .containsExactly(MilestoneId.of("c"));
  }

  @Test
  void datesAsTextAreCheckedWhereTheyAreGiven() {
    assertThatThrownBy(() -> Event.status("2024-13", "ceasefire", Status.AGREED, "s1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date '2024-13' is not a date: month 13 is outside 01..12");
    assertThatThrownBy(() -> Source.builder("s1").published("March 2024"))
        .hasMessage("date 'March 2024' is not of the form YYYY, YYYY-MM or YYYY-MM-DD");
    assertThatThrownBy(() -> ProcessModel.builder("x").asOf("2024-02-30"))
        .hasMessage("date '2024-02-30' is not a date: 2024-02 has 29 days");
  }

  @Test
  void scenarioBuildersTakeTextOrPartialDates() {
    assertThat(Scenario.named("a").setStatus("elections", Status.AGREED, "2025").build())
        .isEqualTo(
            Scenario.named("a")
                .setStatus("elections", Status.AGREED, PartialDate.ofYear(2025))
                .build());
    assertThat(Scenario.named("f").freeze("2025-01").build())
        .isEqualTo(Scenario.named("f").freeze(PartialDate.ofMonth(2025, 1)).build());
  }

  @Test
  void builderErrorsNameTheElementNotItsPosition() {
    ProcessModel.Builder b =
        peace("X")
            .replaceMilestone(
                Milestone.builder("elections", "Elections held", "politics")
                    .requires("disarmement")
                    .build());
    assertThatThrownBy(b::build)
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "1 problem:\n"
                + "  milestone 'elections' requires 'disarmement', which is not in model 'X'"
                + " (did you mean 'disarmament'?)");
  }

  @Test
  void everyBuilderProblemNamesItsElementAndNoneCarriesAPath() {
    ProcessModel.Builder b =
        peace("X")
            .dimension(Dimension.of("security", "Again"))
            .milestone(Milestone.builder("monitors", "Monitors deployed", "securty").build())
            .source(Source.of("s1", "again.txt"))
            .event(Event.status("2024-07", "electons", Status.AGREED, "s1"))
            .event(Event.status("2024-08", "talks", Status.AGREED, "s9"));
    ModelException e = catchModelException(b);
    assertThat(e.problems()).extracting(p -> p.location().path()).containsOnly("");
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "dimension 'security' is added twice to model 'X'",
            "milestone 'monitors' is in dimension 'securty', which is not in model 'X'"
                + " (did you mean 'security'?)",
            "source 's1' is added twice to model 'X'",
            "event of 2024-07 sets milestone 'electons', which is not in model 'X'"
                + " (did you mean 'elections'?)",
            "event of 2024-08 on 'talks' cites source 's9', which is not in model 'X'"
                + " (did you mean 's1'?)");
  }

  private static ModelException catchModelException(ProcessModel.Builder b) {
    try {
      b.build();
    } catch (ModelException e) {
      return e;
    }
    throw new AssertionError("expected a ModelException");
  }
}
