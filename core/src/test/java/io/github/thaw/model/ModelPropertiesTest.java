package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.RandomModels;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the model's graph queries and of {@code stateAt} on random acyclic models. The
 * index, scenario and file properties live beside those packages' tests.
 */
class ModelPropertiesTest {

  @Property(tries = 100)
  void theTopologicalOrderPutsEveryPrerequisiteBeforeItsDependent(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
    // GIVEN a random acyclic model, declared in a shuffled order so that declaration order does
    // not already satisfy the edges
    ProcessModel model = RandomModels.shuffled(RandomModels.generate(seed, size), seed);
    // WHEN ordered
    List<MilestoneId> order = model.topologicalOrder();
    // THEN it lists every milestone once, and every hard or soft edge points backwards
    Map<MilestoneId, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    assertThat(order).hasSize(size).doesNotHaveDuplicates();
    for (Dependency d : model.dependencies()) {
      assertThat(position.get(d.prerequisite()))
          .as("%s before %s", d.prerequisite(), d.dependent())
          .isLessThan(position.get(d.dependent()));
    }
  }

  @Property(tries = 100)
  void transitivePrerequisitesAndDependentsAreInverseRelations(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
    ProcessModel model = RandomModels.generate(seed, size);
    for (Milestone a : model.milestones()) {
      Set<MilestoneId> up = model.transitivePrerequisites(a.id());
      Set<MilestoneId> down = model.transitiveDependents(a.id());
      // Direct edges are the declared requires, and are among the transitive ones.
      assertThat(model.prerequisites(a.id())).containsExactlyInAnyOrderElementsOf(a.requires());
      assertThat(up).containsAll(model.prerequisites(a.id())).doesNotContain(a.id());
      assertThat(down).containsAll(model.dependents(a.id())).doesNotContain(a.id());
      for (Milestone b : model.milestones()) {
        assertThat(model.transitiveDependents(b.id()).contains(a.id()))
            .as("%s requires %s transitively", a.id(), b.id())
            .isEqualTo(up.contains(b.id()));
        assertThat(model.dependents(b.id()).contains(a.id()))
            .as("%s requires %s directly", a.id(), b.id())
            .isEqualTo(a.requires().contains(b.id()));
        assertThat(model.influenced(b.id()).contains(a.id()))
            .as("%s is influenced by %s", a.id(), b.id())
            .isEqualTo(a.influencedBy().contains(b.id()));
      }
    }
  }

  @Property(tries = 100)
  void everyStateLiesWithinItsBandAndAgreesWithTheSingleMilestoneQuery(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int size,
      @ForAll @IntRange(min = 0, max = 2400) int day) {
    ProcessModel model = RandomModels.generate(seed, size);
    LocalDate date = LocalDate.of(2019, 6, 1).plusDays(day);

    ProcessState state = model.stateAt(date);

    assertThat(state.milestones().keySet())
        .containsExactlyElementsOf(model.milestones().stream().map(Milestone::id).toList());
    for (Milestone m : model.milestones()) {
      MilestoneState s = state.of(m.id());
      assertThat(s.low()).isLessThanOrEqualTo(s.status());
      assertThat(s.status()).isLessThanOrEqualTo(s.high());
      assertThat(s).isEqualTo(model.stateAt(m.id(), date));
      List<Event> known =
          model.eventsOf(m.id()).stream()
              .filter(e -> !e.date().effectiveDate().isAfter(date))
              .toList();
      // No report by the date means NOT_STARTED with nothing live; otherwise the latest report
      // counts, and it is one of the events known by then.
      if (known.isEmpty()) {
        assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(s.readings()).isEmpty();
        assertThat(s.latest()).isEmpty();
      } else {
        assertThat(s.latest()).isPresent();
        assertThat(known).contains(s.latest().get());
        assertThat(s.latest().get().date().effectiveDate())
            .isEqualTo(known.get(known.size() - 1).date().effectiveDate());
        assertThat(known).containsAll(s.readings());
      }
      // A window of zero days keeps the preferred reading: only the band can narrow.
      MilestoneState strict = model.stateAt(m.id(), date, 0);
      assertThat(strict.status()).isEqualTo(s.status());
    }
  }
}
