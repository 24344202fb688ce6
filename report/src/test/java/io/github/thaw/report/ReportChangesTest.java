package io.github.thaw.report;

import static io.github.thaw.report.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** "What changed since the previous round": the last step of the index, and what caused it. */
class ReportChangesTest {
  private static final String HEADING = "What changed since the previous round";

  /** The paragraph after the heading, and the list items of each list that follows it. */
  private static Element intro(ReportPage page) {
    return page.after("summary", HEADING);
  }

  private static List<String> listAfter(Element e) {
    Element ul = next(e);
    assertThat(ul.getLocalName()).isEqualTo("ul");
    return ReportPage.children(ul, "li");
  }

  private static Element next(Element e) {
    org.w3c.dom.Node n = e.getNextSibling();
    while (!(n instanceof Element)) {
      n = n.getNextSibling();
    }
    return (Element) n;
  }

  private static double index(ProcessModel model, String date) {
    return IndexMethod.legacy().evaluate(model, LocalDate.parse(date)).value();
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  @Test
  void theLastRoundGivesTheMoveFromThePreviousRoundAndTheEventsBehindIt() {
    ProcessModel model = ReportFixtures.twoRounds();
    double before = index(model, "2021-03-01");
    double after = index(model, "2022-05-10");
    assertThat(after).as("the second round lowers the index").isLessThan(before);

    ReportPage page = ReportPage.of(report(model, LocalDate.of(2022, 12, 31)));
    Element intro = intro(page);

    assertThat(ReportPage.text(intro))
        .isEqualTo(
            "On 2022-05-10 the index moved "
                + String.format(Locale.ROOT, "%+.1f", after - before)
                + " points, from "
                + one(before)
                + " (as of 2021-03-01) to "
                + one(after)
                + ", as 2 status events took effect:");
    assertThat(ReportPage.descendants(intro, "span").get(0).getAttribute("class"))
        .isEqualTo("delta-down");
    assertThat(listAfter(intro))
        .containsExactly(
            "Treaty → agreed (2022-05-10): Ratification undone. [s1: Wire]",
            "Trade → agreed (2022-05-10) [s2: Daily; s3]");
  }

  @Test
  void contextIsWhatHappenedAfterThePreviousRoundUpToThisOne() {
    ReportPage page = ReportPage.of(report(ReportFixtures.twoRounds(), LocalDate.of(2022, 12, 31)));
    Element events = next(intro(page));
    Element context = next(events);

    assertThat(ReportPage.text(context)).isEqualTo("Context in the same period:");
    // Not the talks before the first round, nor the ceremony on the day of the previous round,
    // nor the meeting after this one.
    assertThat(listAfter(context))
        .containsExactly(
            "2021-08: Summer summit. [s1: Wire; s3]", "2022-05-10: Press conference. [s2: Daily]");
  }

  @Test
  void aFirstRoundStartsFromNothingAndTakesAllEarlierContext() {
    ProcessModel model = ReportFixtures.oneRound();
    double after = index(model, "2020-01-01");
    assertThat(after).isPositive();

    ReportPage page = ReportPage.of(report(model, LocalDate.of(2020, 6, 30)));
    Element intro = intro(page);

    assertThat(ReportPage.text(intro))
        .isEqualTo(
            "On 2020-01-01 the index moved +"
                + one(after)
                + " points, from 0.0 to "
                + one(after)
                + ", as 1 status event took effect:");
    assertThat(ReportPage.descendants(intro, "span").get(0).getAttribute("class"))
        .isEqualTo("delta-up");
    List<String> events = listAfter(intro);
    assertThat(events).containsExactly("Alpha → in progress (2020-01-01): Work starts. [s1: Wire]");
    assertThat(listAfter(next(next(intro))))
        .containsExactly("2019-11: Preparatory talks. [s1: Wire]");
  }

  @Test
  void withoutContextInThePeriodThereIsNoContextList() {
    // One status event on 2021-06-01; the only context comes later.
    ProcessModel model =
        ProcessModel.builder("Quiet")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("a", "Alpha", "d").build())
            .source(new Source("s1", "Wire", "", null, ""))
            .event(ReportFixtures.status("2021-06-01", "a", Status.AGREED, "", "s1"))
            .event(ReportFixtures.context("2021-07-01", "Afterwards.", "s1"))
            .build();

    ReportPage page = ReportPage.of(report(model, LocalDate.of(2021, 12, 31)));

    assertThat(page.paragraphs("summary")).noneMatch(p -> p.startsWith("Context"));
  }

  @Test
  void aRoundThatDoesNotMoveTheIndexIsShownNeitherUpNorDown() {
    // The dependent is reported agreed, but its prerequisite has not started, so it still counts
    // as not started: the round moves the index by nothing.
    ProcessModel model =
        ProcessModel.builder("Capped")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("base", "Base", "d").build())
            .milestone(Milestone.builder("dep", "Dependent", "d").requires("base").build())
            .source(new Source("s1", "Wire", "", null, ""))
            .event(ReportFixtures.status("2021-06-01", "dep", Status.AGREED, "", "s1"))
            .build();

    Element intro = intro(ReportPage.of(report(model, LocalDate.of(2021, 12, 31))));

    assertThat(ReportPage.text(intro)).startsWith("On 2021-06-01 the index moved +0.0 points");
    assertThat(ReportPage.descendants(intro, "span").get(0).getAttribute("class"))
        .as("a move of +0.0 is styled as no move, as in the scenario table")
        .isEmpty();
  }
}
