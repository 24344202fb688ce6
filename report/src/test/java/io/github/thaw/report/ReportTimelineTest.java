package io.github.thaw.report;

import static io.github.thaw.report.ReportFixtures.context;
import static io.github.thaw.report.ReportFixtures.report;
import static io.github.thaw.report.ReportFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline: every event up to the as-of date, oldest first, with its sources in full. */
class ReportTimelineTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /**
   * Events declared out of date order, two of them on the same day; sources with and without an
   * outlet, a title, a publication date and a locator; two events after the as-of date.
   */
  static ProcessModel model() {
    return ProcessModel.builder("Timeline")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("envoys", "Envoys", "d").build())
        .milestone(Milestone.builder("crossing", "Crossing", "d").build())
        .milestone(Milestone.builder("railway", "Railway", "d").build())
        .source(new Source("s1", "Wire", "Envoys named", PartialDate.parse("2021-12"), "a.txt"))
        .source(new Source("s2", "", "Vienna deal", null, ""))
        .source(new Source("s3", "Three", "", PartialDate.parse("2023"), "c.txt"))
        .source(new Source("s4", "", "", null, ""))
        .event(status("2022-07-01", "crossing", Status.AGREED, "Deal on the crossing.", "s2"))
        .event(status("2021-12-15", "envoys", Status.COMPLETED, "Envoys named.", "s1"))
        .event(context("2022-07-01", "Summit.", "s1", "s3"))
        .event(status("2023", "railway", Status.IN_PROGRESS, "", "s3", "s4"))
        .event(status("2023-05", "railway", Status.AGREED, "Only agreed.", "s4"))
        .event(context("2025-02", "After the report.", "s1"))
        .event(status("2026", "crossing", Status.COMPLETED, "Much later.", "s2"))
        .build();
  }

  private static ReportPage.Table timeline(ReportPage page) {
    return page.table("timeline", "Date");
  }

  @Test
  void eventsAreListedOldestFirstAndSameDayEventsKeepTheirOrder() {
    ReportPage.Table table = timeline(ReportPage.of(report(model(), AS_OF)));

    assertThat(table.headers())
        .containsExactly("Date", "Milestone", "What happened, and the sources that report it");
    // A month counts from its end, a year from its end: 2023-05 comes before 2023.
    assertThat(table.column(0))
        .containsExactly("2021-12-15", "2022-07-01", "2022-07-01", "2023-05", "2023");
    assertThat(table.column(1))
        .containsExactly(
            "Envoys → completed",
            "Crossing → agreed",
            "context",
            "Railway → agreed",
            "Railway → in progress");
  }

  @Test
  void eachEventShowsWhatHappenedAndEverySourceInFull() {
    List<ReportPage.Row> rows = timeline(ReportPage.of(report(model(), AS_OF))).rows();

    assertThat(notes(rows.get(0))).containsExactly("Envoys named.");
    assertThat(sources(rows.get(0))).containsExactly("s1 Wire, “Envoys named” (2021-12) a.txt");
    assertThat(sources(rows.get(1))).as("no outlet").containsExactly("s2, “Vienna deal”");
    assertThat(sources(rows.get(2)))
        .containsExactly("s1 Wire, “Envoys named” (2021-12) a.txt", "s3 Three (2023) c.txt");
    assertThat(notes(rows.get(4))).as("an event without a note").isEmpty();
    assertThat(sources(rows.get(4)))
        .as("no title, and a source known by its id only")
        .containsExactly("s3 Three (2023) c.txt", "s4");
  }

  @Test
  void eachSourceShowsTheParagraphItsClaimRestsOn() {
    ProcessModel cited =
        ProcessModel.builder("Cited")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("crossing", "Crossing", "d").build())
            .source(new Source("s1", "Wire", "", null, "a.txt"))
            .source(new Source("s2", "", "", null, ""))
            .event(status("2022-07-01", "crossing", Status.AGREED, "Deal.", "s1#7", "s2"))
            .build();
    ReportPage page = ReportPage.of(report(cited, AS_OF));
    ReportPage.Row row = timeline(page).rows().get(0);

    assertThat(sources(row)).containsExactly("s1 ¶7 Wire a.txt", "s2");
    assertThat(ReportPage.texts(row.cell(2), "span")).containsExactly("¶7");
    assertThat(page.paragraphs("timeline").get(0))
        .contains("¶N is the paragraph of a source that supports the claim");
  }

  @Test
  void locatorsAreCode() {
    ReportPage.Row first = timeline(ReportPage.of(report(model(), AS_OF))).rows().get(0);

    assertThat(ReportPage.texts(first.cell(2), "code")).containsExactly("a.txt");
  }

  private static List<String> notes(ReportPage.Row row) {
    return ReportPage.texts(row.cell(2), "p");
  }

  private static List<String> sources(ReportPage.Row row) {
    return ReportPage.texts(row.cell(2), "li");
  }

  @Test
  void laterEventsAreCountedButNotShown() {
    ReportPage page = ReportPage.of(report(model(), AS_OF));

    assertThat(page.paragraphs("timeline", "note"))
        .containsExactly("2 later events after 2025-01-01 are not shown.");
    assertThat(page.paragraphs("timeline").get(0))
        .startsWith("Every event up to 2025-01-01, oldest first, with the sources it rests on.");
  }

  @Test
  void oneLaterEventIsCountedInTheSingular() {
    ReportPage page = ReportPage.of(report(model(), LocalDate.of(2025, 3, 1)));

    assertThat(page.paragraphs("timeline", "note"))
        .containsExactly("1 later event after 2025-03-01 is not shown.");
    assertThat(timeline(page).column(0)).endsWith("2025-02");
  }

  @Test
  void withNothingLaterThereIsNoNote() {
    ReportPage page = ReportPage.of(report(model(), LocalDate.of(2027, 1, 1)));

    assertThat(page.paragraphs("timeline", "note")).isEmpty();
    assertThat(timeline(page).rows()).hasSize(7);
  }

  @Test
  void theGraphTableSaysWhatEachMilestoneWaitsFor() {
    // In the demo model the border is reported completed while both its hard prerequisites are
    // only agreed; the flights' link to the crossing is soft and never makes them wait.
    ReportPage page = ReportPage.of(report(ReportModels.model(), ReportModels.AS_OF));
    ReportPage.Table table = page.table("graph", "Milestone");

    assertThat(page.figures("graph")).containsExactly("figure-dependency-graph");
    assertThat(table.headers())
        .containsExactly(
            "Milestone",
            "Dimension",
            "Reported",
            "Counts as",
            "Waits for (hard prerequisites not completed)");
    assertThat(table.rows().stream().map(ReportPage.Row::texts))
        .containsExactly(
            List.of(
                "Special envoys appointed envoys",
                "Borders & people",
                "completed",
                "completed",
                "—"),
            List.of("Third-country crossing crossing", "Borders & people", "agreed", "agreed", "—"),
            List.of("Kars–Gyumri railway railway", "Transport", "agreed", "agreed", "—"),
            List.of("Regional peace treaty peace", "Transport", "not started", "not started", "—"),
            List.of(
                "Land border opens for all travellers border-opening",
                "Borders & people",
                "completed",
                "agreed",
                "Third-country crossing (agreed); Kars–Gyumri railway (agreed)"),
            List.of("Direct flights flights", "Transport", "not started", "not started", "—"));
  }
}
