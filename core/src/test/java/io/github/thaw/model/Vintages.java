package io.github.thaw.model;

import java.util.List;

/** The small model whose events are known later than they happened, shared by vintage tests. */
public final class Vintages {
  private Vintages() {}

  /**
   * Three milestones of equal weight in one dimension, no dependencies: envoys COMPLETED 2021-12,
   * reported only by s3 (published 2025-09-12); crossing AGREED 2022-07-01, by s1 (published
   * 2022-07, so known from 31 July) and s3; railway AGREED 2023, by the undated s2.
   *
   * @return the model
   */
  public static ProcessModel model() {
    return ProcessModel.builder("Vintages")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("envoys", "Envoys", "d").build())
        .milestone(Milestone.builder("crossing", "Crossing", "d").build())
        .milestone(Milestone.builder("railway", "Railway", "d").build())
        .source(new Source("s1", "", "", PartialDate.parse("2022-07"), ""))
        .source(new Source("s2", "", "", null, ""))
        .source(new Source("s3", "", "", PartialDate.parse("2025-09-12"), ""))
        .event(status("2021-12", "envoys", Status.COMPLETED, "s3"))
        .event(status("2022-07-01", "crossing", Status.AGREED, "s1", "s3"))
        .event(status("2023", "railway", Status.AGREED, "s2"))
        .build();
  }

  /**
   * A status event with no note.
   *
   * @param date the date, as text
   * @param milestone the milestone id
   * @param status the status
   * @param sources the citations
   * @return the event
   */
  public static Event status(String date, String milestone, Status status, String... sources) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of(sources), "");
  }
}
