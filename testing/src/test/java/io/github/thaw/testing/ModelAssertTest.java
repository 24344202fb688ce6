package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelAssertTest {
  private final ProcessModel model = Fixtures.model();

  @Test
  void anUnknownMilestoneFailsWithTheNearestId() {
    assertThatThrownBy(() -> assertThat(model).milestone("railwya"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'railwya' is not in model 'Example' (did you mean 'railway'?)");
    assertThatThrownBy(() -> assertThat(model).statusAt("railwya", Fixtures.AS_OF))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'railwya' is not in model 'Example' (did you mean 'railway'?)");
    // An id that is not lower-kebab-case is just another unknown id, with the same hint.
    assertThatThrownBy(() -> assertThat(model).milestone("Railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'Railway' is not in model 'Example' (did you mean 'railway'?)");
    assertThatThrownBy(() -> assertThat(model).milestone("border").requires("Gate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'Gate' is not in model 'Example' (did you mean 'gate'?)");
  }

  @Test
  void aNullModelFailsLikeAnyAssertJAssertion() {
    assertThatThrownBy(() -> assertThat((ProcessModel) null).isAcyclic())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void aBuiltModelIsAcyclic() {
    assertThat(model).isAcyclic();
  }

  @Test
  void aCycleIsNamedMilestoneByMilestone() {
    // GIVEN milestones that no builder would accept: a requires b, b is influenced by c, c
    // requires a
    List<Milestone> cyclic =
        List.of(
            Milestone.builder("x", "X", "d").build(),
            Milestone.builder("a", "A", "d").requires("x", "b").build(),
            Milestone.builder("b", "B", "d").influencedBy("c").build(),
            Milestone.builder("c", "C", "d").requires("a", "elsewhere").build());
    // WHEN searched THEN the cycle is found and worded as the assertion words it
    List<MilestoneId> cycle = Graphs.findCycle(cyclic).orElseThrow();
    assertThat(ModelAssert.cycleMessage("M", cycle))
        .isEqualTo(
            "Expecting model 'M' to have no dependency cycle,\nbut it has one: a → b → c → a");
    assertThat(Graphs.findCycle(model.milestones())).isEmpty();
  }

  @Test
  void aModelWithoutCapsIsConsistent() {
    assertThat(model).isConsistentAt(Fixtures.AS_OF);
  }

  @Test
  void aMilestoneAheadOfItsPrerequisitesMakesTheModelInconsistent() {
    // GIVEN the border reported open while the railway is only agreed
    ProcessModel ahead =
        Fixtures.builder()
            .event(Fixtures.status("2024-06-20", "border", Status.COMPLETED, "s2", "Open."))
            .build();
    // WHEN checked THEN the finding is given in the index's own words
    assertThatThrownBy(() -> assertThat(ahead).isConsistentAt(Fixtures.AS_OF))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting model 'Example' to be consistent at 2024-06-30: no milestone reported"
                + " further along than its hard prerequisites,\n"
                + "but 1 milestone is held back:\n"
                + "  - border is reported COMPLETED (2024-06-20, s2) but counts as AGREED: it"
                + " requires railway, which is AGREED (2024-06-01, s2).");
    assertThat(ahead).isConsistentAt(LocalDate.of(2024, 6, 19));
  }

  @Test
  void statusAtReachesTheMilestonesState() {
    assertThat(model)
        .statusAt("railway", Fixtures.AS_OF)
        .isAtLeast(Status.AGREED)
        .isAtMost(Status.AGREED)
        .isEqualTo(Status.AGREED);
  }

  @Test
  void aModelWhoseEventsAllCiteLocatedSourcesPasses() {
    assertThat(model).everyEventCitesASource();
  }

  @Test
  void eventsCitingOnlySourcesWithoutALocatorAreListed() {
    // GIVEN a source known only by name
    ProcessModel untraced =
        Fixtures.builder()
            .source(new Source("rumour", "", "", null, ""))
            .event(Fixtures.status("2024-06-20", "gate", Status.IN_PROGRESS, "rumour", "Works."))
            .build();
    // WHEN checked THEN each such event is listed
    assertThatThrownBy(() -> assertThat(untraced).everyEventCitesASource())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every event of model 'Example' to cite a source with a locator (a file"
                + " name or URL),\n"
                + "but 1 event cites none:\n"
                + "  - 2024-06-20 gate IN_PROGRESS [rumour] — Works.");
  }

  @Test
  void twoDifferentModelsFailWithWhatDiffersElementByElement() {
    // GIVEN the fixture, and a copy with one of each kind of change
    ProcessModel.Builder b = ProcessModel.builder("Example").asOf("2024-07");
    model.dimensions().forEach(b::dimension);
    for (Milestone m : model.milestones()) {
      b.milestone(
          m.id().value().equals("railway")
              ? m.toBuilder().weight(2).requires("envoys").build()
              : m);
    }
    b.milestone(Milestone.builder("visas", "Visas eased", "diplomacy").build());
    b.source(model.source("s1"));
    b.source(Source.builder("s2").title("Talks resume").locator("s2.txt").build());
    for (Event e : model.events()) {
      if (e.note().equals("Crossing agreed.")) {
        b.event(e.withNote("Crossing agreed in Vienna."));
      } else if (!e.note().equals("Railway works agreed.")) {
        b.event(e);
      }
    }
    b.event(Event.status("2024-06-20", "visas", Status.AGREED, "s2"));
    ProcessModel changed = b.build();

    // WHEN the copy is compared with the fixture THEN each difference has its own line
    assertThatThrownBy(() -> assertThat(changed).isEqualTo(model))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting model 'Example' to equal the expected model, but 8 things differ\n"
                + "(+ only in the actual model, - only in the expected one, ~ changed, expected"
                + " → actual):\n"
                + "  asOf: 2024-06-30 → 2024-07\n"
                + "  + milestone 'visas' added\n"
                + "  ~ milestone 'railway' changed: weight 1.0 → 2.0\n"
                + "  + dependency added: railway requires envoys\n"
                + "  ~ source 's2' changed: outlet 'Daily' → ''; title 'Talks go on' → 'Talks"
                + " resume'; published 2024-06 → none\n"
                + "  + event added: 2024-06-20 visas AGREED [s2]\n"
                + "  - event removed: 2024-06-01 railway AGREED [s2] — Railway works agreed.\n"
                + "  ~ event of 2022-07-01 on 'crossing' changed: note 'Crossing agreed.' →"
                + " 'Crossing agreed in Vienna.'");
  }

  @Test
  void equalModelsPassAndOtherValuesCompareAsAssertJDoes() {
    assertThat(model).isEqualTo(Fixtures.model());
    assertThatThrownBy(() -> assertThat(model).isEqualTo("Example"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected: \"Example\"");
    assertThat(model)
        .usingComparator((a, b) -> a.name().compareTo(b.name()))
        .isEqualTo(model.toBuilder().asOf("2030").build());
  }

  @Test
  void theSameElementsInAnotherOrderAreNamedAsSuch() {
    ProcessModel.Builder b = ProcessModel.builder("Example").asOf("2024-06-30");
    model.dimensions().forEach(b::dimension);
    List<Milestone> reversed = new java.util.ArrayList<>(model.milestones());
    java.util.Collections.reverse(reversed);
    reversed.forEach(b::milestone);
    model.sources().forEach(b::source);
    model.events().forEach(b::event);
    assertThatThrownBy(() -> assertThat(b.build()).isEqualTo(model))
        .hasMessageEndingWith(
            "  ~ milestones in another order: [border, railway, gate, crossing, relations,"
                + " envoys]");
  }
}
