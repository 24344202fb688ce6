package io.github.thaw.testing;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;

/** A small model with a chain of requires, a soft influence and two sources that disagree. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  private Fixtures() {}

  static ProcessModel.Builder builder() {
    return ProcessModel.builder("Example")
        .asOf(PartialDate.parse(AS_OF.toString()))
        .dimension(Dimension.of("borders", "Borders"))
        .dimension(Dimension.of("transport", "Transport"))
        .dimension(Dimension.of("diplomacy", "Diplomacy"))
        .milestone(Milestone.builder("envoys", "Envoys appointed", "diplomacy").build())
        .milestone(
            Milestone.builder("relations", "Relations established", "diplomacy")
                .influencedBy("border")
                .build())
        .milestone(
            Milestone.builder("crossing", "Third-country crossing", "borders")
                .influencedBy("envoys")
                .build())
        .milestone(Milestone.builder("gate", "Rail border gate", "transport").build())
        .milestone(
            Milestone.builder("railway", "Railway reopens", "transport").requires("gate").build())
        .milestone(
            Milestone.builder("border", "Border opens", "borders")
                .requires("crossing", "railway")
                .influencedBy("envoys")
                .build())
        .source(new Source("s1", "Wire", "Envoys meet", PartialDate.parse("2022-07"), "s1.txt"))
        .source(new Source("s2", "Daily", "Talks go on", PartialDate.parse("2024-06"), "s2.txt"))
        .event(status("2022", "envoys", Status.COMPLETED, "s1", "Envoys named."))
        .event(status("2022-07-01", "crossing", Status.AGREED, "s1", "Crossing agreed."))
        .event(status("2023-03-01", "gate", Status.AGREED, "s2", "Gate study agreed."))
        .event(status("2024-06-01", "railway", Status.AGREED, "s2", "Railway works agreed."))
        .event(status("2024-06-05", "crossing", Status.AGREED, "s1", "Crossing not in force."))
        .event(status("2024-06-10", "crossing", Status.IN_PROGRESS, "s2", "Some crossings."))
        .event(Event.context(PartialDate.parse("2024-06"), List.of("s1"), "A summit."));
  }

  static ProcessModel model() {
    return builder().build();
  }

  static Event status(String date, String milestone, Status status, String source, String note) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(source), note);
  }
}
