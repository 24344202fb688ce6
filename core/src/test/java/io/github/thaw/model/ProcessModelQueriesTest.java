package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProcessModelQueriesTest {

  /** crossing, gate → railway → border ← crossing; peace ~> border (soft). */
  static ProcessModel sample() {
    return ProcessModel.builder("Sample")
        .dimension(Dimension.of("borders", "Borders"))
        .dimension(Dimension.of("transport", "Transport"))
        .dimension(Dimension.of("regional", "Regional"))
        .milestone(
            Milestone.builder("border-opening", "Border", "borders")
                .requires("crossing", "railway")
                .influencedBy("peace")
                .build())
        .milestone(Milestone.builder("crossing", "Crossing", "borders").build())
        .milestone(Milestone.builder("railway", "Railway", "transport").requires("gate").build())
        .milestone(Milestone.builder("gate", "Gate", "transport").build())
        .milestone(Milestone.builder("peace", "Peace", "regional").build())
        .source(new Source("s1", "A", "a", PartialDate.parse("2024"), "a.txt"))
        .source(new Source("s2", "B", "b", PartialDate.parse("2025"), "b.txt"))
        .event(Event.context(PartialDate.parse("1993"), List.of("s1"), "closure"))
        .event(
            Event.status(
                PartialDate.parse("2022-07-01"), "crossing", Status.AGREED, List.of("s1"), ""))
        .event(Event.status(PartialDate.parse("2024-07"), "gate", Status.AGREED, List.of("s2"), ""))
        .build();
  }

  private static List<String> ids(java.util.Collection<MilestoneId> ids) {
    return ids.stream().map(MilestoneId::value).toList();
  }

  @Test
  void directAndTransitivePrerequisites() {
    ProcessModel m = sample();
    MilestoneId border = MilestoneId.of("border-opening");
    assertThat(ids(m.prerequisites(border))).containsExactly("crossing", "railway");
    assertThat(ids(m.transitivePrerequisites(border)))
        .containsExactly("crossing", "railway", "gate");
    assertThat(ids(m.influences(border))).containsExactly("peace");
    assertThat(ids(m.influenced(MilestoneId.of("peace")))).containsExactly("border-opening");
  }

  @Test
  void directAndTransitiveDependents() {
    ProcessModel m = sample();
    MilestoneId gate = MilestoneId.of("gate");
    assertThat(ids(m.dependents(gate))).containsExactly("railway");
    assertThat(ids(m.transitiveDependents(gate))).containsExactly("railway", "border-opening");
    assertThat(m.transitiveDependents(MilestoneId.of("peace"))).isEmpty();
  }

  @Test
  void topologicalOrderPutsPrerequisitesFirstAndIsDeterministic() {
    List<String> order = ids(sample().topologicalOrder());
    assertThat(order).containsExactly("crossing", "gate", "peace", "railway", "border-opening");
    assertThat(ids(sample().topologicalOrder())).isEqualTo(order);
  }

  @Test
  void dependenciesListHardThenSoftPerMilestone() {
    assertThat(sample().dependencies().stream().map(Dependency::toString))
        .containsExactly(
            "border-opening requires crossing",
            "border-opening requires railway",
            "border-opening is influenced by peace",
            "railway requires gate");
  }

  @Test
  void eventsOfAMilestoneAndContextEvents() {
    ProcessModel m = sample();
    assertThat(m.eventsOf(MilestoneId.of("crossing"))).hasSize(1);
    assertThat(m.eventsOf(MilestoneId.of("border-opening"))).isEmpty();
    assertThat(m.contextEvents()).extracting(Event::note).containsExactly("closure");
    assertThat(m.latestEventDate()).contains(LocalDate.of(2024, 7, 31));
  }

  @Test
  void queriesOnUnknownMilestonesFail() {
    assertThatThrownBy(() -> sample().prerequisites(MilestoneId.of("railwy")))
        .hasMessage("Milestone 'railwy' is not in model 'Sample' (did you mean 'railway'?)");
  }

  @Test
  void toBuilderGivesAnEqualModelAndLeavesTheOriginalUntouched() {
    ProcessModel m = sample();
    ProcessModel copy = m.toBuilder().build();
    assertThat(copy).isEqualTo(m).hasSameHashCodeAs(m);
    ProcessModel changed =
        m.toBuilder()
            .replaceMilestone(m.milestone("railway").toBuilder().weight(3).build())
            .build();
    assertThat(changed).isNotEqualTo(m);
    assertThat(m.milestone("railway").weight()).isEqualTo(1.0);
    assertThat(changed.milestone("railway").weight()).isEqualTo(3.0);
  }

  @Test
  @Tag("scale")
  void millionMilestoneChainNeedsNoDeepStack() {
    int n = 1_000_000;
    ProcessModel.Builder b = ProcessModel.builder("Chain").dimension(Dimension.of("d", "D"));
    b.milestone(Milestone.builder("m0", "M0", "d").build());
    for (int i = 1; i < n; i++) {
      b.milestone(Milestone.builder("m" + i, "M" + i, "d").requires("m" + (i - 1)).build());
    }
    ProcessModel chain = b.build();
    assertThat(chain.topologicalOrder()).hasSize(n).startsWith(MilestoneId.of("m0"));
    assertThat(chain.transitivePrerequisites(MilestoneId.of("m" + (n - 1)))).hasSize(n - 1);
    assertThat(chain.transitiveDependents(MilestoneId.of("m0"))).hasSize(n - 1);
  }

  @Test
  @Tag("scale")
  void longCycleIsFoundWithoutDeepStack() {
    int n = 200_000;
    ProcessModel.Builder b = ProcessModel.builder("Ring").dimension(Dimension.of("d", "D"));
    for (int i = 0; i < n; i++) {
      b.milestone(Milestone.builder("m" + i, "M", "d").requires("m" + ((i + 1) % n)).build());
    }
    assertThatThrownBy(b::build)
        .isInstanceOf(ModelException.class)
        .satisfies(
            e -> {
              List<Problem> p = ((ModelException) e).problems();
              assertThat(p).hasSize(1);
              assertThat(p.get(0).message()).startsWith("dependency cycle: m0 → m1 → m2");
              assertThat(p.get(0).message()).endsWith("m199999 → m0");
            });
  }
}
