package io.github.thaw.report;

import static io.github.thaw.report.ChartSvg.num;
import static io.github.thaw.report.ChartSvg.rgb;
import static io.github.thaw.report.ChartSvg.right;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The scenario chart read back from its SVG. The models weigh their milestones so that the index is
 * a sum of whole weights (a completed milestone of weight 27 out of 100 adds exactly 27 points),
 * which puts bars exactly at the thresholds where the chart changes how it draws them.
 */
class ScenarioChartTest {
  private static final double PX = 0.05;
  private static final String WHEN = "2024-06-01";

  /** Weights a 40 (completed), b 27, c 3, d 11, e 19: a baseline of 40 points. */
  private static final ProcessModel FORTY = model("a", "a", 40, "b", 27, "c", 3, "d", 11, "e", 19);

  private static final List<Scenario> AROUND_FORTY =
      List.of(
          scenario("all-done", "b", Status.COMPLETED, "c", Status.COMPLETED)
              .setStatus("d", Status.COMPLETED, WHEN)
              .setStatus("e", Status.COMPLETED, WHEN)
              .build(),
          scenario("seventy-eight", "b", Status.COMPLETED, "d", Status.COMPLETED).build(),
          scenario("thirteen-short", "a", Status.NOT_STARTED, "b", Status.COMPLETED).build(),
          scenario("ten-short", "a", Status.NOT_STARTED, "b", Status.COMPLETED)
              .setStatus("c", Status.COMPLETED, WHEN)
              .build(),
          Scenario.named("unchanged").setStatus("a", Status.COMPLETED, WHEN).build());

  /** Values top to bottom: the baseline, then each scenario of {@link #AROUND_FORTY}. */
  private static final double[] VALUES = {40, 100, 78, 27, 30, 40};

  @Test
  void theScenariosHaveTheValuesTheTestsRelyOn() {
    ScenarioComparison c = compare(FORTY, AROUND_FORTY);
    assertThat(c.baseline().value()).isEqualTo(40.0);
    assertThat(c.outcomes().stream().map(o -> o.result().value()))
        .containsExactly(100.0, 78.0, 27.0, 30.0, 40.0);
  }

  @Test
  void barsRunFromZeroInProportionToTheirValuesInScenarioOrder() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    Rectangle2D area = c.area();
    List<Element> bars = c.bars();
    assertThat(bars).hasSize(6);
    for (int k = 0; k < bars.size(); k++) {
      assertThat(num(bars.get(k), "x")).as("bar %s starts at zero", k).isEqualTo(area.getMinX());
      assertThat(num(bars.get(k), "width"))
          .as("bar %s length", k)
          .isCloseTo(VALUES[k] / 100 * area.getWidth(), within(PX));
    }
    assertThat(c.ticks())
        .containsExactly("0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
  }

  @Test
  void barsShareThePlotHeightEquallyAndLeaveRoomForTheBaselineLabelBelow() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    List<Element> bars = c.bars();
    double first = num(bars.get(0), "height");
    assertThat(first).isPositive();
    for (Element bar : bars) {
      assertThat(num(bar, "height")).isCloseTo(first, within(PX));
    }
    // The baseline's label box (14 px high) fits between the last bar and the plot's foot.
    Element last = bars.get(bars.size() - 1);
    assertThat(c.area().getMaxY() - (num(last, "y") + num(last, "height")))
        .isGreaterThanOrEqualTo(14.0);
    double step = num(bars.get(1), "y") - num(bars.get(0), "y");
    for (int k = 1; k < bars.size(); k++) {
      assertThat(num(bars.get(k), "y") - num(bars.get(k - 1), "y"))
          .as("evenly spaced")
          .isCloseTo(step, within(PX));
    }
  }

  @Test
  void aLoneBarTakesAtMostSevenTenthsOfThePlotHeight() throws Exception {
    // A scenario named "baseline" stands in for the baseline bar, leaving a single bar.
    ScenarioComparison one =
        compare(
            FORTY,
            List.of(Scenario.named("baseline").setStatus("a", Status.COMPLETED, WHEN).build()));
    Chart c = draw(one);
    assertThat(c.bars()).hasSize(1);
    assertThat(num(c.bars().get(0), "height")).isCloseTo(0.7 * c.area().getHeight(), within(PX));
  }

  @Test
  void barsAreGreenUpRedDownPaleUnchangedAndGreyForTheBaseline() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    assertThat(c.bars().stream().map(b -> c.style(b).get("fill")))
        .containsExactly(
            rgb(ChartStyle.GREY),
            rgb(ChartStyle.GREEN),
            rgb(ChartStyle.GREEN),
            rgb(ChartStyle.RED),
            rgb(ChartStyle.RED),
            rgb(ChartStyle.BLUE_BAND));
    assertThat(c.svg).doesNotContain("Gradient");
    assertThat(c.bars())
        .as("bars have no outline")
        .allSatisfy(b -> assertThat(c.style(b).get("stroke")).isEqualTo("none"));
  }

  @Test
  void aChangeOfExactlyFiveHundredthsCountsAsAMove() throws Exception {
    // Out of 2000, a weight of 1 is 0.05 points and a weight of 2 is 0.1.
    ScenarioComparison up =
        compare(
            model("m1", "m1", 1, "m2", 1, "m3", 1998),
            List.of(scenario("plus", "m2", Status.COMPLETED, null, null).build()));
    ScenarioComparison down =
        compare(
            model("m1", "m1", 2, "m2", 1, "m3", 1997),
            List.of(scenario("minus", "m1", Status.NOT_STARTED, "m2", Status.COMPLETED).build()));
    assertThat(up.outcome("plus").delta()).isEqualTo(0.05);
    assertThat(down.outcome("minus").delta()).isEqualTo(-0.05);
    Chart raised = draw(up);
    assertThat(raised.style(raised.bars().get(1)).get("fill")).isEqualTo(rgb(ChartStyle.GREEN));
    Chart lowered = draw(down);
    assertThat(lowered.style(lowered.bars().get(1)).get("fill")).isEqualTo(rgb(ChartStyle.RED));
  }

  @Test
  void theBaselineIsADashedLineAcrossThePlotAtItsValueWithItsLabelBelowRight() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    Rectangle2D area = c.area();
    Element line = c.baselineLine();
    Map<String, String> style = c.style(line);
    assertThat(num(line, "x1")).isCloseTo(area.getMinX() + 0.4 * area.getWidth(), within(PX));
    assertThat(num(line, "x2")).isEqualTo(num(line, "x1"));
    assertThat(num(line, "y1")).isEqualTo(area.getMinY());
    assertThat(num(line, "y2")).isEqualTo(area.getMaxY());
    assertThat(ChartSvg.width(style)).as("thicker than the grid").isGreaterThan(1.0);
    assertThat(ChartSvg.dashed(style)).as("dashed").isTrue();
    Element label = c.text("baseline 40.0");
    Map<String, String> labelStyle = c.style(label);
    assertThat(num(label, "x"))
        .as("label starts at the line")
        .isCloseTo(num(line, "x1"), within(PX));
    assertThat(num(label, "y")).as("label in the lower half").isGreaterThan(area.getCenterY());
    assertThat(labelStyle.get("fill")).isEqualTo(rgb(ChartStyle.INK));
    assertThat(labelStyle.get("font-size")).isEqualTo("11px");
    assertThat(labelStyle.getOrDefault("font-weight", "normal")).isEqualTo("normal");
    Element background = c.shapeBefore(label);
    assertThat(c.style(background).get("fill")).isEqualTo(rgb(Color.WHITE));
    assertThat(num(background, "x")).isCloseTo(num(line, "x1"), within(PX));
  }

  @Test
  void everyBarIsLabelledWithItsValueAndChange() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    assertThat(c.itemLabels().stream().map(Element::getTextContent))
        .containsExactly(
            "40.0 (baseline)",
            "100.0 (+60.0)",
            "78.0 (+38.0)",
            "27.0 (-13.0)",
            "30.0 (-10.0)",
            "40.0 (+0.0)");
    assertThat(c.itemLabels())
        .allSatisfy(
            t -> {
              assertThat(c.style(t).get("font-size")).isEqualTo("11px");
              assertThat(c.style(t).get("font-weight")).isEqualTo("bold");
            });
  }

  @Test
  void longBarsAndBarsJustShortOfTheBaselineCarryTheirLabelInsideInWhite() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    List<Element> bars = c.bars();
    List<Element> labels = c.itemLabels();
    // 100 is long; 30 ends 10 short of the baseline, where a label outside would cross its line.
    for (int k : new int[] {1, 4}) {
      assertInside(c, bars.get(k), labels.get(k));
    }
    // The baseline itself, 78 (not longer than 78), 27 (13 short, room enough), and no change.
    for (int k : new int[] {0, 2, 3, 5}) {
      assertOutside(c, bars.get(k), labels.get(k));
    }
  }

  @Test
  void aShortBarJustBelowALowBaselineKeepsItsLabelOutside() throws Exception {
    // Weights p 20 (completed), q 13, r 14, s 53: scenarios at 13 and 14 points, 7 and 6 short.
    ProcessModel twenty = model("p", "p", 20, "q", 13, "r", 14, "s", 53);
    ScenarioComparison cmp =
        compare(
            twenty,
            List.of(
                scenario("thirteen", "p", Status.NOT_STARTED, "q", Status.COMPLETED).build(),
                scenario("fourteen", "p", Status.NOT_STARTED, "r", Status.COMPLETED).build()));
    assertThat(cmp.outcome("thirteen").result().value()).isEqualTo(13.0);
    Chart c = draw(cmp);
    // A bar of 13 points is about a label's width: too short to hold it.
    assertOutside(c, c.bars().get(1), c.itemLabels().get(1));
    assertInside(c, c.bars().get(2), c.itemLabels().get(2));
  }

  @Test
  void aScenarioNamedBaselineReplacesTheBaselineBar() throws Exception {
    ScenarioComparison cmp =
        compare(
            FORTY,
            List.of(
                Scenario.named("baseline").setStatus("a", Status.COMPLETED, WHEN).build(),
                scenario("seventy-eight", "b", Status.COMPLETED, "d", Status.COMPLETED).build()));
    Chart c = draw(cmp);
    assertThat(c.bars()).hasSize(2);
    assertThat(c.texts()).contains("baseline", "seventy-eight").doesNotContain("baseline (2)");
    assertThat(c.bars().stream().map(b -> c.style(b).get("fill")))
        .containsExactly(rgb(ChartStyle.BLUE_BAND), rgb(ChartStyle.GREEN));
    assertThat(c.texts()).doesNotContain("Baseline").contains("Baseline value");
    assertThat(c.description()).startsWith("2 scenarios against a baseline of 40.0 as of " + WHEN);
    assertThat(c.height()).isEqualTo(220 + 40 * 2);
  }

  @Test
  void repeatedScenarioNamesAreNumberedFromTwo() throws Exception {
    List<Scenario> same =
        List.of(
            scenario("again", "b", Status.COMPLETED, "c", Status.COMPLETED).build(),
            scenario("again", "b", Status.COMPLETED, "d", Status.COMPLETED).build(),
            scenario("again", "b", Status.COMPLETED, "e", Status.COMPLETED).build());
    Chart c = draw(compare(FORTY, same));
    assertThat(c.texts()).contains("again", "again (2)", "again (3)");
    assertThat(c.bars()).hasSize(4);
  }

  @Test
  void theChartGrowsFortyPixelsPerBar() throws Exception {
    assertThat(draw(compare(FORTY, AROUND_FORTY)).height()).isEqualTo(220 + 40 * 6);
    assertThat(draw(compare(FORTY, AROUND_FORTY.subList(0, 1))).height()).isEqualTo(220 + 40 * 2);
  }

  @Test
  void theDescriptionListsEveryScenarioWithItsValueAndChange() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    assertThat(c.description())
        .isEqualTo(
            "5 scenarios against a baseline of 40.0 as of "
                + WHEN
                + ": all-done 100.0 (+60.0); seventy-eight 78.0 (+38.0); thirteen-short 27.0"
                + " (-13.0); ten-short 30.0 (-10.0); unchanged 40.0 (+0.0).");
  }

  @Test
  void theLegendExplainsTheColoursAndTheBaselineLine() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    assertThat(c.legendSwatch("Raises the index").get("fill")).isEqualTo(rgb(ChartStyle.GREEN));
    assertThat(c.legendSwatch("Lowers the index").get("fill")).isEqualTo(rgb(ChartStyle.RED));
    assertThat(c.legendSwatch("Changes it by less than 0.05").get("fill"))
        .isEqualTo(rgb(ChartStyle.BLUE_BAND));
    assertThat(c.legendSwatch("Baseline").get("fill")).isEqualTo(rgb(ChartStyle.GREY));
    Map<String, String> line = c.legendSwatch("Baseline value");
    assertThat(line.get("stroke")).isEqualTo(rgb(ChartStyle.INK));
    assertThat(ChartSvg.dashed(line)).as("dashed").isTrue();
  }

  @Test
  void theValueAxisIsBelowThePlotWithLightVerticalGridLines() throws Exception {
    Chart c = draw(compare(FORTY, AROUND_FORTY));
    Rectangle2D area = c.area();
    for (String tick : c.ticks()) {
      Element t = c.text(tick);
      assertThat(num(t, "y")).as("tick %s below the plot", tick).isGreaterThan(area.getMaxY());
      assertThat(c.style(t).get("fill")).isEqualTo(rgb(ChartStyle.MUTED));
    }
    List<Element> grid = c.lines(ChartStyle.GRID);
    assertThat(grid).hasSize(11);
    for (int k = 0; k < grid.size(); k++) {
      Element g = grid.get(k);
      assertThat(num(g, "x1")).isCloseTo(area.getMinX() + k * area.getWidth() / 10, within(PX));
      assertThat(num(g, "x2")).isEqualTo(num(g, "x1"));
    }
    assertThat(c.style(c.plotBackground()).get("fill")).isEqualTo(rgb(Color.WHITE));
    // Category labels in the axis' grey, the axis title in ink.
    assertThat(c.style(c.text("seventy-eight")).get("fill")).isEqualTo(rgb(ChartStyle.MUTED));
    assertThat(c.style(c.text(ScenarioChart.DOMAIN_LABEL)).get("fill"))
        .isEqualTo(rgb(ChartStyle.INK));
  }

  /**
   * A long name wraps within a column of up to two fifths of the width: whatever the font, a name
   * this long fills the column before it wraps, and the bars keep the rest.
   */
  @Test
  void aVeryLongScenarioNameWrapsInAColumnOfAboutTwoFifthsOfTheWidth() throws Exception {
    String name = "the railway" + " and the border".repeat(12);
    Chart c =
        draw(compare(FORTY, List.of(scenario(name, "b", Status.COMPLETED, null, null).build())));
    assertThat(c.area().getMinX()).as("left edge of the bars").isBetween(0.35 * 960, 0.45 * 960);
  }

  private static void assertInside(Chart c, Element bar, Element label) {
    String what = label.getTextContent();
    assertThat(num(label, "x")).as("%s starts inside its bar", what).isLessThan(right(bar));
    assertThat(num(label, "x")).as(what).isGreaterThan(num(bar, "x"));
    assertThat(c.style(label).get("fill")).as(what).isEqualTo(rgb(Color.WHITE));
  }

  private static void assertOutside(Chart c, Element bar, Element label) {
    String what = label.getTextContent();
    assertThat(num(label, "x"))
        .as("%s starts just past its bar's end", what)
        .isCloseTo(right(bar) + 4, within(PX));
    assertThat(c.style(label).get("fill")).as(what).isEqualTo(rgb(ChartStyle.INK));
  }

  /**
   * One dimension whose milestones have the given weights ({@code id, weight, id, weight, ...}),
   * with {@code completed} reported COMPLETED.
   */
  private static ProcessModel model(String completed, Object... idsAndWeights) {
    ProcessModel.Builder b =
        ProcessModel.builder("Weights")
            .dimension(Dimension.of("d", "Everything"))
            .source(new Source("s1", "Wire", "Report", PartialDate.parse("2024-01"), "a.txt"));
    for (int k = 0; k < idsAndWeights.length; k += 2) {
      String id = (String) idsAndWeights[k];
      double weight = ((Integer) idsAndWeights[k + 1]).doubleValue();
      b.milestone(Milestone.builder(id, "Milestone " + id, "d").weight(weight).build());
    }
    b.event(ReportModels.event("2024-01-01", completed, Status.COMPLETED, "s1", "Done."));
    return b.build();
  }

  private static Scenario.Builder scenario(
      String name, String m1, Status s1, String m2, Status s2) {
    Scenario.Builder b = Scenario.named(name).setStatus(m1, s1, WHEN);
    return s2 == null ? b : b.setStatus(m2, s2, WHEN);
  }

  private static ScenarioComparison compare(ProcessModel model, List<Scenario> scenarios) {
    return ScenarioComparison.atLatest(model, IndexMethod.defaults(), scenarios);
  }

  private static Chart draw(ScenarioComparison c) throws Exception {
    return new Chart(Charts.scenarios(c).svg());
  }

  /** The scenario chart's lookups: the shared ones, its bars, their labels and the axis. */
  private static final class Chart extends ChartSvg {
    private static final Pattern ITEM_LABEL = Pattern.compile("\\d+\\.\\d \\(.*\\)");
    private static final Pattern TICK = Pattern.compile("\\d+");

    Chart(String svg) throws Exception {
      super(svg);
    }

    /** The baseline's dashed line: the only dashed line in the plot. */
    Element baselineLine() {
      return SvgXml.elements(doc, "line").stream()
          .filter(l -> ChartSvg.dashed(style(l)))
          .filter(l -> rgb(ChartStyle.INK).equals(style(l).get("stroke")))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no baseline line"));
    }

    /** The data area: the clip of the bars. */
    Rectangle2D area() {
      return ownClip(baselineLine());
    }

    /** The bars, top to bottom: filled rectangles inside the data area, white ones aside. */
    List<Element> bars() {
      Rectangle2D area = area();
      return SvgXml.elements(doc, "rect").stream()
          .filter(r -> area.equals(clip(r)))
          .filter(r -> !rgb(Color.WHITE).equals(style(r).get("fill")))
          .sorted(Comparator.comparingDouble(r -> num(r, "y")))
          .toList();
    }

    /** The bars' labels, top to bottom. */
    List<Element> itemLabels() {
      return SvgXml.elements(doc, "text").stream()
          .filter(t -> ITEM_LABEL.matcher(t.getTextContent()).matches())
          .sorted(Comparator.comparingDouble(t -> num(t, "y")))
          .toList();
    }

    /** The value axis' tick labels, left to right. */
    List<String> ticks() {
      return textsLeftToRight(TICK);
    }

    /** The white rectangle behind the data area. */
    Element plotBackground() {
      Rectangle2D area = area();
      return SvgXml.elements(doc, "rect").stream()
          .filter(r -> Math.abs(num(r, "x") - area.getMinX()) < PX)
          .filter(r -> Math.abs(num(r, "width") - area.getWidth()) < PX)
          .findFirst()
          .orElseThrow();
    }
  }
}
