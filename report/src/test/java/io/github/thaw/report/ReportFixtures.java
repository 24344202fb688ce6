package io.github.thaw.report;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;

/** Small models, each built to bring out one thing the report says. */
final class ReportFixtures {
  private ReportFixtures() {}

  static Event status(
      String date, String milestone, Status status, String note, String... sources) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(sources), note);
  }

  static Event context(String date, String note, String... sources) {
    return Event.context(PartialDate.parse(date), List.of(sources), note);
  }

  static HtmlReport report(ProcessModel model, LocalDate asOf) {
    return HtmlReport.builder(model)
        .method(io.github.thaw.index.IndexMethod.legacy())
        .asOf(asOf)
        .build();
  }

  /**
   * Two rounds: on 2021-03-01 the treaty is completed; on 2022-05-10 it is reported back at agreed
   * by the source that reported the signing, while trade only reaches agreed, so the index falls.
   * Context events sit on both sides of and on the edges of the period between the rounds.
   */
  static ProcessModel twoRounds() {
    return ProcessModel.builder("Two rounds")
        .dimension(Dimension.of("politics", "Politics"))
        .milestone(Milestone.builder("treaty", "Treaty", "politics").build())
        .milestone(Milestone.builder("trade", "Trade", "politics").build())
        .source(new Source("s1", "Wire", "Signed", null, ""))
        .source(new Source("s2", "Daily", "Second thoughts", null, ""))
        .source(new Source("s3", "", "Untitled outlet", null, ""))
        .event(context("2020-11-01", "Talks open.", "s1"))
        .event(status("2021-03-01", "treaty", Status.COMPLETED, "Treaty signed.", "s1"))
        .event(context("2021-03-01", "Signing ceremony.", "s1"))
        .event(context("2021-08", "Summer summit.", "s1", "s3"))
        .event(status("2022-05-10", "treaty", Status.AGREED, "Ratification undone.", "s1"))
        .event(status("2022-05-10", "trade", Status.AGREED, "", "s2", "s3"))
        .event(context("2022-05-10", "Press conference.", "s2"))
        .event(context("2022-06-01", "Later meeting.", "s2"))
        .build();
  }

  /**
   * Every status event on New Year's Day 2020, the first day of the index's trajectory, so the last
   * round is also the first; context before and after it.
   */
  static ProcessModel oneRound() {
    return ProcessModel.builder("One round")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("a", "Alpha", "d").build())
        .source(new Source("s1", "Wire", "", null, ""))
        .event(context("2019-11", "Preparatory talks.", "s1"))
        .event(status("2020-01-01", "a", Status.IN_PROGRESS, "Work starts.", "s1"))
        .event(context("2020-03-01", "A later visit.", "s1"))
        .build();
  }

  /**
   * {@code count} milestones, each requiring one that has not started yet and each reported
   * completed and then, nine days later from another source, only in progress: {@code count}
   * disagreements and {@code count} gating caps.
   */
  static ProcessModel crowded(int count) {
    ProcessModel.Builder b =
        ProcessModel.builder("Crowded")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("base", "Base", "d").build())
            .source(new Source("s1", "One", "", null, ""))
            .source(new Source("s2", "Two", "", null, ""));
    for (int i = 1; i <= count; i++) {
      String id = String.format("m%02d", i);
      b.milestone(Milestone.builder(id, "Milestone " + i, "d").requires("base").build())
          .event(status("2024-03-01", id, Status.COMPLETED, "", "s1"))
          .event(status("2024-03-10", id, Status.IN_PROGRESS, "", "s2"));
    }
    return b.build();
  }
}
