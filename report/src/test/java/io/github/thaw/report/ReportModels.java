package io.github.thaw.report;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small process with every feature the charts and the report show. */
final class ReportModels {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  static final String NAME = "Demo <peace> & \"talks\"";

  private ReportModels() {}

  /**
   * Two dimensions, six milestones. The border is reported COMPLETED while the crossing is only
   * AGREED and the railway disputed (IN_PROGRESS, then AGREED from another source), so gating bites
   * on both of its hard edges; peace is a soft influence. One note tries to inject markup.
   */
  static ProcessModel model() {
    return ProcessModel.builder(NAME)
        .dimension(Dimension.of("borders", "Borders & people"))
        .dimension(Dimension.of("transport", "Transport"))
        .milestone(Milestone.builder("envoys", "Special envoys appointed", "borders").build())
        .milestone(
            Milestone.builder("crossing", "Third-country crossing", "borders")
                .requires("envoys")
                .build())
        .milestone(Milestone.builder("railway", "Kars–Gyumri railway", "transport").build())
        .milestone(Milestone.builder("peace", "Regional peace treaty", "transport").build())
        .milestone(
            Milestone.builder("border-opening", "Land border opens for all travellers", "borders")
                .requires("crossing", "railway")
                .influencedBy("peace")
                .build())
        .milestone(
            Milestone.builder("flights", "Direct flights", "transport")
                .influencedBy("crossing")
                .build())
        .source(
            new Source("s1", "Wire <one>", "Envoys named", PartialDate.parse("2021-12"), "a.txt"))
        .source(new Source("s2", "Daily Two", "Vienna deal", PartialDate.parse("2022-07"), "b.txt"))
        .source(new Source("s3", "Three", "Railway works", null, "c.txt"))
        .source(new Source("s4", "Four", "Railway stalls", null, ""))
        .source(new Source("s5", "Five", "Border open?", null, "e.txt"))
        .event(event("2021-12-15", "envoys", Status.COMPLETED, "s1", "Envoys named."))
        .event(
            Event.context(
                PartialDate.parse("2022-01-14"),
                List.of("s1"),
                "First meeting <script>alert(1)</script> & talks."))
        .event(event("2022-07-01", "crossing", Status.AGREED, "s2", "Deal on the crossing."))
        .event(event("2023-05", "railway", Status.IN_PROGRESS, "s3", "Works start."))
        .event(event("2024-03-01", "railway", Status.AGREED, "s4", "Works only agreed."))
        .event(event("2024", "border-opening", Status.COMPLETED, "s5", "Border said to be open."))
        .event(Event.context(PartialDate.parse("2026"), List.of("s5"), "A later summit."))
        .build();
  }

  static Event event(String date, String milestone, Status status, String source, String note) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(source), note);
  }

  static List<Scenario> scenarios() {
    return List.of(
        Scenario.named("railway-done")
            .description("The railway is completed.")
            .setStatus("railway", Status.COMPLETED, "2024-06-01")
            .build(),
        Scenario.named("reversal")
            .description("The crossing deal collapses.")
            .setStatus("crossing", Status.NOT_STARTED, "2024-06-01")
            .build());
  }

  static FanChartData fan() {
    List<LocalDate> dates =
        List.of(
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 9, 30),
            LocalDate.of(2025, 12, 31));
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put("border-opening", new double[] {0.1, 0.2, 0.35, 0.5});
    curves.put("not-a-milestone", new double[] {0, 0.05, 0.1, 0.2});
    return new FanChartData(
        dates,
        new double[] {30, 31, 32, 33},
        new double[] {35, 38, 41, 44},
        new double[] {40, 46, 52, 58},
        curves);
  }

  static SensitivityData sensitivity() {
    return new SensitivityData(
        "index at 2026-12-31",
        List.of("weight of borders", "railway transition time", "score of AGREED"),
        new double[] {0.05, 0.52, 0.20},
        new double[] {0.01, 0.45, 0.12},
        new double[] {0.09, 0.60, 0.27},
        new double[] {0.07, 0.61, 0.30},
        new double[] {0.03, 0.55, 0.22},
        new double[] {0.11, 0.68, 0.37});
  }
}
