package io.github.thaw.index;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;

/** Small models shared by the tests; the worked example is the one in docs/methodology.md. */
final class Examples {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private Examples() {}

  /**
   * The worked example of docs/methodology.md: two dimensions, five milestones, one cap
   * (border-opening by crossing) and one dispute (railway: s4 says IN_PROGRESS, s5 later says
   * AGREED).
   */
  static ProcessModel worked() {
    return workedBuilder().build();
  }

  static ProcessModel.Builder workedBuilder() {
    ProcessModel.Builder b =
        ProcessModel.builder("Worked example")
            .dimension(Dimension.of("borders", "Borders and people"))
            .dimension(Dimension.of("transport", "Transport"))
            .milestone(Milestone.builder("envoys", "Special envoys appointed", "borders").build())
            .milestone(
                Milestone.builder("crossing", "Third-country crossing", "borders")
                    .requires("envoys")
                    .build())
            .milestone(
                Milestone.builder("border-opening", "Land border opens", "borders")
                    .weight(2)
                    .requires("crossing")
                    .build())
            .milestone(
                Milestone.builder("flights", "Direct flights", "transport")
                    .influencedBy("crossing")
                    .build())
            .milestone(Milestone.builder("railway", "Kars–Gyumri railway", "transport").build());
    for (int i = 1; i <= 6; i++) {
      b.source(new Source("s" + i, "Outlet " + i, "Report " + i, null, "s" + i + ".txt"));
    }
    return b.event(status("2021-12-15", "envoys", Status.COMPLETED, "s1"))
        .event(Event.context(PartialDate.parse("2022-01-14"), List.of("s1"), "Envoys meet."))
        .event(status("2022-02-02", "flights", Status.COMPLETED, "s2"))
        .event(status("2022-07-01", "crossing", Status.AGREED, "s3"))
        .event(status("2023-05", "railway", Status.IN_PROGRESS, "s4"))
        .event(status("2024-03-01", "railway", Status.AGREED, "s5"))
        .event(status("2024", "border-opening", Status.IN_PROGRESS, "s6"));
  }

  static Event status(String date, String milestone, Status status, String... sources) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(sources), "");
  }

  /**
   * One dimension of milestones m0..m(n-1), each at the given status level (no event for level 0),
   * reported by its own source on 2020-01-01.
   */
  static ProcessModel levels(int... levels) {
    ProcessModel.Builder b =
        ProcessModel.builder("Levels").dimension(Dimension.of("all", "Everything"));
    for (int i = 0; i < levels.length; i++) {
      b.milestone(Milestone.builder("m" + i, "Milestone " + i, "all").build());
      b.source(new Source("s" + i, "", "", null, ""));
      if (levels[i] > 0) {
        b.event(status("2020-01-01", "m" + i, Status.ofLevel(levels[i]), "s" + i));
      }
    }
    return b.build();
  }
}
