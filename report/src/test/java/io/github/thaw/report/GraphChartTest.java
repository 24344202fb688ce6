package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import io.github.thaw.report.GraphSvg.Box;
import io.github.thaw.report.GraphSvg.Edge;
import io.github.thaw.report.GraphSvg.Line;
import io.github.thaw.report.GraphSvg.Segment;
import io.github.thaw.report.GraphSvg.Shape;
import io.github.thaw.report.GraphSvg.Text;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dependency graph as a reader sees it: where boxes and edges are drawn, in which colours, and
 * what they say. Positions that depend on text width are only compared with each other or with
 * widths measured here the same way the chart measures them, so the tests hold on any fonts.
 */
class GraphChartTest {
  private static final String RED = GraphSvg.rgb(ChartStyle.RED);
  private static final String INK = GraphSvg.rgb(ChartStyle.INK);
  private static final String MUTED = GraphSvg.rgb(ChartStyle.MUTED);
  private static final String GREY = GraphSvg.rgb(ChartStyle.GREY);
  private static final double EPS = 0.011;

  /** The demo model: three columns, two biting edges, two soft ones, two skipped columns. */
  private static GraphSvg drawDemo() throws Exception {
    return GraphSvg.of(Charts.graph(ReportModels.model(), ReportModels.AS_OF));
  }

  // ---- models -------------------------------------------------------------------------------

  private static ProcessModel.Builder model(String name) {
    return ProcessModel.builder(name)
        .dimension(Dimension.of("track", "Track"))
        .source(new Source("s", "Wire", "Report", null, "s.txt"));
  }

  /** A milestone with a short name that never wraps. */
  private static Milestone node(String id, String... requires) {
    return Milestone.builder(id, id.toUpperCase(java.util.Locale.ROOT), "track")
        .requires(requires)
        .build();
  }

  private static Event reported(String milestone, Status status) {
    return Event.status(PartialDate.parse("2024-06-01"), milestone, status, List.of("s"), "Note.");
  }

  private static GraphSvg draw(ProcessModel model) throws Exception {
    return GraphSvg.of(Charts.graph(model, ReportModels.AS_OF));
  }

  /** Text width as the chart measures it, for a text drawn in the given style. */
  private static double measured(Text t) {
    Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, (int) t.size());
    FontMetrics fm = SvgCanvas.metrics(font);
    return fm.stringWidth(t.text());
  }

  private static String fill(Status s) {
    return GraphSvg.rgb(Color.decode(GraphExport.colour(s)));
  }

  /** Real nodes grouped by their left edge, each column top to bottom. */
  private static List<List<Box>> columns(GraphSvg svg) {
    Map<Double, List<Box>> byLeft = new TreeMap<>();
    for (Box b : svg.nodes.values()) {
      byLeft.computeIfAbsent(b.left(), k -> new ArrayList<>()).add(b);
    }
    List<List<Box>> out = new ArrayList<>();
    for (List<Box> c : byLeft.values()) {
      c.sort(Comparator.comparingDouble(Box::top));
      out.add(c);
    }
    return out;
  }

  // ---- nodes --------------------------------------------------------------------------------

  @Test
  void nodesAreFilledWithTheColourOfTheirReportedStatusAndOutlinedThinly() throws Exception {
    GraphSvg svg =
        draw(
            model("Statuses")
                .milestone(node("none"))
                .milestone(node("deal"))
                .milestone(node("works"))
                .milestone(node("done"))
                .event(reported("deal", Status.AGREED))
                .event(reported("works", Status.IN_PROGRESS))
                .event(reported("done", Status.COMPLETED))
                .build());
    Map<String, Status> expected =
        Map.of(
            "none", Status.NOT_STARTED,
            "deal", Status.AGREED,
            "works", Status.IN_PROGRESS,
            "done", Status.COMPLETED);
    expected.forEach(
        (id, status) -> {
          Box b = svg.node(id);
          assertThat(b.fill().fill()).as(id).isEqualTo(fill(status));
          // Outlined thinly, and not in the red that marks a capped milestone.
          assertThat(b.outline().stroke()).as(id).isNotIn(RED, "none");
          assertThat(b.outline().strokeWidth()).as(id).isLessThanOrEqualTo(1.0);
          assertThat(b.lines()).as(id).endsWith(GraphChart.words(status));
          assertThat(b.title()).as(id).endsWith("— reported " + status);
        });
  }

  @Test
  void aMilestoneHeldBackByAPrerequisiteIsOutlinedInRedAndSaysWhatItCountsAs() throws Exception {
    GraphSvg demo = drawDemo();
    Box capped = demo.node("border-opening");
    assertThat(capped.outline().stroke()).isEqualTo(RED);
    assertThat(capped.outline().strokeWidth())
        .as("a capped node's outline is thicker than a plain one")
        .isGreaterThan(demo.node("crossing").outline().strokeWidth() + 1);
    assertThat(capped.title())
        .isEqualTo(
            "border-opening: Land border opens for all travellers — reported COMPLETED,"
                + " counts as AGREED");
    List<Text> status = statusLines(capped, "Land border opens for all travellers");
    assertThat(status.stream().map(Text::text).collect(Collectors.joining(" ")))
        .isEqualTo("completed · counts as agreed");
    assertThat(status).allSatisfy(t -> assertThat(t.fill()).isEqualTo(RED));

    // Envoys is completed too, but nothing holds it back: no red anywhere on it.
    Box free = demo.node("envoys");
    assertThat(free.outline().stroke()).isNotEqualTo(RED);
    assertThat(free.title()).isEqualTo("envoys: Special envoys appointed — reported COMPLETED");
    assertThat(statusLines(free, "Special envoys appointed"))
        .singleElement()
        .satisfies(t -> assertThat(t.text()).isEqualTo("completed"))
        .satisfies(t -> assertThat(t.fill()).isEqualTo(INK));
  }

  /** The lines after the dimension and the wrapped name. */
  private static List<Text> statusLines(Box b, String name) {
    List<Text> t = b.texts();
    StringBuilder joined = new StringBuilder();
    int i = 1;
    while (!joined.toString().equals(name)) {
      assertThat(i).as("name lines of " + b.title()).isLessThan(t.size());
      joined.append(joined.length() == 0 ? "" : " ").append(t.get(i++).text());
    }
    return t.subList(i, t.size());
  }

  @Test
  void aMilestoneAtTheSameStatusAsItsPrerequisiteIsNotHeldBack() throws Exception {
    GraphSvg svg =
        draw(
            model("Level")
                .milestone(node("a"))
                .milestone(node("b", "a"))
                .event(reported("a", Status.AGREED))
                .event(reported("b", Status.AGREED))
                .build());
    assertThat(svg.edge("a", "b").line().stroke()).isNotEqualTo(RED);
    assertThat(svg.node("b").outline().stroke()).isNotEqualTo(RED);
    assertThat(svg.node("b").lines()).endsWith("agreed");
    assertThat(svg.description).contains("no prerequisite holds a milestone back");
  }

  @Test
  void aThickRedOutlineOnTheLastNodeDoesNotCarryOverToTheAxis() throws Exception {
    // b is drawn last and capped; the axis after it is still a thin grey line.
    GraphSvg svg =
        draw(
            model("Pair")
                .milestone(node("a"))
                .milestone(node("b", "a"))
                .event(reported("b", Status.AGREED))
                .build());
    assertThat(svg.node("b").outline().stroke()).isEqualTo(RED);
    Line axis = svg.lines.get(0);
    assertThat(axis.stroke()).isEqualTo(GREY);
    assertThat(axis.strokeWidth()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void eachNodeShowsDimensionThenNameThenStatusInsideItsBox() throws Exception {
    GraphSvg demo = drawDemo();
    Map<String, String[]> demoText =
        Map.of(
            "envoys", new String[] {"Borders & people", "Special envoys appointed"},
            "crossing", new String[] {"Borders & people", "Third-country crossing"},
            "railway", new String[] {"Transport", "Kars–Gyumri railway"},
            "peace", new String[] {"Transport", "Regional peace treaty"},
            "border-opening",
                new String[] {"Borders & people", "Land border opens for all travellers"},
            "flights", new String[] {"Transport", "Direct flights"});
    demoText.forEach(
        (id, text) -> {
          Box b = demo.node(id);
          List<Text> all = b.texts();
          Text dimension = all.get(0);
          List<Text> status = statusLines(b, text[1]);
          List<Text> name = all.subList(1, all.size() - status.size());
          assertThat(dimension.text()).as(id).isEqualTo(text[0]);
          assertThat(dimension.fill()).as(id).isEqualTo(MUTED);
          assertThat(dimension.bold()).as(id).isFalse();
          assertThat(name)
              .as(id + ": the name is larger than the dimension, in ink")
              .allSatisfy(t -> assertThat(t.size()).isGreaterThan(dimension.size()))
              .allSatisfy(t -> assertThat(t.fill()).isEqualTo(INK))
              .allSatisfy(t -> assertThat(t.bold()).isFalse());
          assertThat(status)
              .as(id + ": the status is small and bold")
              .isNotEmpty()
              .allSatisfy(t -> assertThat(t.bold()).isTrue())
              .allSatisfy(t -> assertThat(t.size()).isEqualTo(dimension.size()));

          // One left edge, just inside the box; baselines top to bottom with room above the
          // first line and below the last; the status set off from the name by extra space.
          for (int i = 0; i < all.size(); i++) {
            Text t = all.get(i);
            assertThat(t.x())
                .as(id)
                .isEqualTo(dimension.x())
                .isBetween(b.left() + 4, b.left() + 12);
            assertThat(t.x() + measured(t)).as(id + " fits: " + t.text()).isLessThan(b.right());
            if (i > 0) {
              Text above = all.get(i - 1);
              assertThat(t.y() - above.y()).as(id).isGreaterThanOrEqualTo(t.size());
            }
          }
          assertThat(dimension.y() - b.top()).as(id).isGreaterThanOrEqualTo(dimension.size());
          Text last = all.get(all.size() - 1);
          assertThat(b.bottom() - last.y()).as(id).isGreaterThan(last.size() / 2);
          Text lastName = name.get(name.size() - 1);
          Text previous = all.get(all.indexOf(lastName) - 1);
          assertThat(status.get(0).y() - lastName.y())
              .as(id + ": gap before the status")
              .isGreaterThan(lastName.y() - previous.y());
        });
  }

  // ---- layout -------------------------------------------------------------------------------

  @Test
  void nodesStandInColumnsByDependencyDepthFromLeftToRight() throws Exception {
    GraphSvg demo = drawDemo();
    List<List<Box>> columns = columns(demo);
    assertThat(columns).hasSize(3);
    assertThat(columns.get(0))
        .containsExactlyInAnyOrder(demo.node("envoys"), demo.node("railway"), demo.node("peace"));
    assertThat(columns.get(1)).containsExactly(demo.node("crossing"));
    assertThat(columns.get(2))
        .containsExactlyInAnyOrder(demo.node("border-opening"), demo.node("flights"));

    double width = demo.node("envoys").right() - demo.node("envoys").left();
    assertThat(demo.nodes.values())
        .allSatisfy(b -> assertThat(b.right() - b.left()).isCloseTo(width, within(EPS)));
    double pitch = columns.get(1).get(0).left() - columns.get(0).get(0).left();
    assertThat(columns.get(2).get(0).left() - columns.get(1).get(0).left())
        .as("columns are evenly spaced")
        .isCloseTo(pitch, within(EPS));
    assertThat(pitch - width).as("room for the edges between columns").isGreaterThan(30);
    assertThat(columns.get(0).get(0).left()).as("left margin").isBetween(10.0, 40.0);
    assertThat(demo.width).as("a narrow graph still gets a page-wide chart").isEqualTo(960);
  }

  @Test
  void aGraphWiderThanThePageHasEqualMarginsLeftAndRight() throws Exception {
    GraphSvg svg =
        draw(
            model("Chain")
                .milestone(node("a"))
                .milestone(node("b", "a"))
                .milestone(node("c", "b"))
                .milestone(node("d", "c"))
                .milestone(node("e", "d"))
                .build());
    List<List<Box>> columns = columns(svg);
    assertThat(columns).hasSize(5);
    double left = columns.get(0).get(0).left();
    double right = columns.get(4).get(0).right();
    assertThat(svg.width).isGreaterThan(960);
    assertThat(svg.width - right).isCloseTo(left, within(EPS));
    for (int i = 1; i < 5; i++) {
      assertThat(columns.get(i).get(0).left()).isGreaterThan(columns.get(i - 1).get(0).right());
    }
  }

  @Test
  void columnsAreCentredOnEachOtherWithAnEvenGapBetweenNodes() throws Exception {
    // Three roots; one node after the first; two after that one: columns of 3, 1 and 2 nodes.
    GraphSvg svg =
        draw(
            model("Columns")
                .milestone(node("a"))
                .milestone(node("b"))
                .milestone(node("c"))
                .milestone(node("d", "a"))
                .milestone(node("e", "d"))
                .milestone(node("f", "d"))
                .build());
    List<List<Box>> columns = columns(svg);
    assertThat(columns).extracting(List::size).containsExactly(3, 1, 2);
    double middle = (columns.get(0).get(0).top() + columns.get(0).get(2).bottom()) / 2;
    Double gap = null;
    for (List<Box> column : columns) {
      double top = column.get(0).top();
      double bottom = column.get(column.size() - 1).bottom();
      assertThat((top + bottom) / 2).as("column middle").isCloseTo(middle, within(EPS));
      for (int i = 1; i < column.size(); i++) {
        double g = column.get(i).top() - column.get(i - 1).bottom();
        assertThat(g).as("nodes do not touch").isGreaterThan(5);
        if (gap == null) {
          gap = g;
        }
        assertThat(g).as("even gap").isCloseTo(gap, within(EPS));
      }
    }
    Text subtitle = svg.looseTexts.get(1);
    assertThat(columns.get(0).get(0).top())
        .as("the tallest column starts below the subtitle")
        .isGreaterThan(subtitle.y() + 10);
  }

  @Test
  void theAxisNumbersEachColumnUnderItsCentreJustBelowTheNodes() throws Exception {
    GraphSvg demo = drawDemo();
    List<List<Box>> columns = columns(demo);
    double lowest = demo.nodes.values().stream().mapToDouble(Box::bottom).max().orElseThrow();
    Line axis = demo.lines.get(0);
    assertThat(axis.y1()).isEqualTo(axis.y2());
    assertThat(axis.x1()).isCloseTo(columns.get(0).get(0).left(), within(EPS));
    assertThat(axis.x2()).isCloseTo(columns.get(2).get(0).right(), within(EPS));
    assertThat(axis.y1() - lowest).as("just below the nodes").isBetween(4.0, 24.0);
    assertThat(axis.stroke()).isEqualTo(GREY);
    assertThat(axis.strokeWidth()).isCloseTo(1.0, within(EPS));

    for (int l = 0; l < 3; l++) {
      Box column = columns.get(l).get(0);
      double centre = (column.left() + column.right()) / 2;
      Line tick = demo.lines.get(1 + l);
      assertThat(tick.x1()).as("tick %d", l).isCloseTo(centre, within(EPS));
      assertThat(tick.x2()).isEqualTo(tick.x1());
      assertThat(tick.y1()).isEqualTo(axis.y1());
      assertThat(tick.y2()).as("ticks point down").isBetween(axis.y1() + 2, axis.y1() + 8);
      assertThat(tick.stroke()).isEqualTo(GREY);
      Text label = demo.text(Integer.toString(l));
      assertThat(label.x() + measured(label) / 2)
          .as("label %d centred on its tick", l)
          .isCloseTo(centre, within(0.6));
      assertThat(label.y()).isGreaterThan(tick.y2() + label.size() / 2);
      assertThat(label.fill()).isEqualTo(MUTED);
      assertThat(label.size()).isEqualTo(12);
    }
    Text title = demo.text(GraphChart.AXIS_LABEL);
    assertThat(title.y()).isGreaterThan(demo.text("0").y() + 10);
    assertThat(title.fill()).isEqualTo(INK);
    assertThat(title.size()).isEqualTo(13);
    assertThat(title.x() + measured(title) / 2)
        .as("the axis title is centred under the axis")
        .isCloseTo((axis.x1() + axis.x2()) / 2, within(0.6));
  }

  // ---- edges --------------------------------------------------------------------------------

  private static final List<String[]> DEMO_EDGES =
      List.of(
          new String[] {"envoys", "crossing"},
          new String[] {"crossing", "border-opening"},
          new String[] {"railway", "border-opening"},
          new String[] {"peace", "border-opening"},
          new String[] {"crossing", "flights"});

  @Test
  void everyEdgeRunsFromItsPrerequisitesRightSideToAnArrowOnItsDependentsLeftSide()
      throws Exception {
    GraphSvg demo = drawDemo();
    assertThat(demo.edges).hasSize(DEMO_EDGES.size());
    for (String[] d : DEMO_EDGES) {
      Edge e = demo.edge(d[0], d[1]);
      Box from = demo.node(d[0]);
      Box to = demo.node(d[1]);
      String what = d[0] + " -> " + d[1];
      assertThat(e.start()[0]).as(what).isCloseTo(from.right(), within(EPS));
      assertThat(e.start()[1]).as(what).isBetween(from.top(), from.bottom());
      double[] tip = e.tip();
      assertThat(tip[0]).as(what).isCloseTo(to.left(), within(EPS));
      assertThat(tip[1]).as(what).isBetween(to.top(), to.bottom());

      // The head is a triangle pointing right, symmetric about the line's end; the line stops
      // inside the head so it does not poke through the point.
      List<double[]> head = e.head().points();
      assertThat(head).hasSize(3);
      List<double[]> base = head.stream().filter(p -> p != tip && p[0] < tip[0]).toList();
      assertThat(base).as(what).hasSize(2);
      assertThat(base.get(0)[0]).isEqualTo(base.get(1)[0]).isBetween(tip[0] - 12, tip[0] - 5);
      assertThat((base.get(0)[1] + base.get(1)[1]) / 2).isCloseTo(tip[1], within(EPS));
      assertThat(Math.abs(base.get(0)[1] - base.get(1)[1])).isBetween(6.0, 12.0);
      assertThat(e.end()[1]).as(what).isCloseTo(tip[1], within(EPS));
      assertThat(e.end()[0]).as(what).isGreaterThan(base.get(0)[0]).isLessThan(tip[0]);
      assertThat(e.head().fill()).as("the head has the line's colour").isEqualTo(e.line().stroke());
    }
  }

  @Test
  void edgesLeaveAndArriveHorizontallyWithOnlyForwardCurves() throws Exception {
    GraphSvg demo = drawDemo();
    for (Edge e : demo.edges.values()) {
      double[] at = null;
      for (Segment s : e.line().segments()) {
        double[] xy = s.xy();
        if (s.command() == 'C') {
          assertThat(xy[1]).as("leaves level").isCloseTo(at[1], within(EPS));
          assertThat(xy[3]).as("arrives level").isCloseTo(xy[5], within(EPS));
          assertThat(xy[0]).isCloseTo(xy[2], within(EPS)).isGreaterThan(at[0]).isLessThan(xy[4]);
        } else if (s.command() == 'L') {
          assertThat(xy[1]).as("straight runs are level").isCloseTo(at[1], within(EPS));
          assertThat(xy[0]).isGreaterThan(at[0]);
        }
        at = new double[] {xy[xy.length - 2], xy[xy.length - 1]};
      }
    }
  }

  @Test
  void anEdgeThatSkipsAColumnRunsStraightAcrossItBetweenItsNodes() throws Exception {
    GraphSvg demo = drawDemo();
    Box middle = demo.node("crossing");
    for (String from : List.of("railway", "peace")) {
      Edge e = demo.edge(from, "border-opening");
      List<Segment> straight =
          e.line().segments().stream().filter(s -> s.command() == 'L').toList();
      assertThat(straight).as(from).hasSize(1);
      double[] xy = straight.get(0).xy();
      // The curve into the column ends at its left edge; the straight run spans its width.
      double[] entry = e.line().segments().get(1).xy();
      assertThat(entry[4]).as(from).isCloseTo(middle.left(), within(EPS));
      assertThat(xy[0]).as(from).isCloseTo(middle.right(), within(EPS));
      assertThat(entry[5]).as(from).isCloseTo(xy[1], within(EPS));
      assertThat(xy[1] < middle.top() || xy[1] > middle.bottom())
          .as("%s passes beside, not through, the crossing at y=%s", from, xy[1])
          .isTrue();
    }
  }

  @Test
  void edgesLeavingOneNodeAreSpreadOverItsSideInTheOrderOfWhereTheyGo() throws Exception {
    GraphSvg demo = drawDemo();
    Box crossing = demo.node("crossing");
    Edge up = demo.edge("crossing", "flights");
    Edge down = demo.edge("crossing", "border-opening");
    assertThat(demo.node("flights").top()).isLessThan(demo.node("border-opening").top());
    assertThat(up.start()[1])
        .as("the edge to the higher node leaves higher, so the two do not cross")
        .isLessThan(down.start()[1]);
    assertThat(down.start()[1] - up.start()[1]).isCloseTo(12, within(EPS));
    assertThat((up.start()[1] + down.start()[1]) / 2).isCloseTo(crossing.middle(), within(EPS));
  }

  @Test
  void edgesEnteringOneNodeAreSpreadOverItsSideInTheOrderOfWhereTheyComeFrom() throws Exception {
    // Declared c, a, b; drawn a, b, c from the top.
    GraphSvg svg =
        draw(
            model("Fan in")
                .milestone(node("a"))
                .milestone(node("b"))
                .milestone(node("c"))
                .milestone(node("x", "c", "a", "b"))
                .build());
    Box x = svg.node("x");
    double a = svg.edge("a", "x").tip()[1];
    double b = svg.edge("b", "x").tip()[1];
    double c = svg.edge("c", "x").tip()[1];
    assertThat(svg.node("a").top()).isLessThan(svg.node("b").top());
    assertThat(svg.node("b").top()).isLessThan(svg.node("c").top());
    assertThat(List.of(a, b, c)).isSorted();
    assertThat(b - a).isCloseTo(12, within(EPS));
    assertThat(c - b).isCloseTo(12, within(EPS));
    assertThat(b).as("centred on the node").isCloseTo(x.middle(), within(EPS));
    assertThat(svg.edge("a", "x").start()[1]).isCloseTo(svg.node("a").middle(), within(EPS));
  }

  @Test
  void manyEdgesIntoAShortNodeStayInTheMiddleOfItsSide() throws Exception {
    GraphSvg svg =
        draw(
            model("Many")
                .milestone(node("a"))
                .milestone(node("b"))
                .milestone(node("c"))
                .milestone(node("d"))
                .milestone(node("e"))
                .milestone(node("x", "a", "b", "c", "d", "e"))
                .build());
    Box x = svg.node("x");
    double height = x.bottom() - x.top();
    List<Double> ends =
        List.of("a", "b", "c", "d", "e").stream().map(p -> svg.edge(p, "x").tip()[1]).toList();
    assertThat(ends).isSorted().doesNotHaveDuplicates();
    assertThat(ends.get(4) - ends.get(0))
        .as("five edges at 12 px would not fit; they share the middle 60%% of the side")
        .isCloseTo(0.6 * height, within(EPS));
    assertThat((ends.get(0) + ends.get(4)) / 2).isCloseTo(x.middle(), within(EPS));
    for (int i = 2; i < 5; i++) {
      assertThat(ends.get(i) - ends.get(i - 1)).isCloseTo(ends.get(1) - ends.get(0), within(EPS));
    }
  }

  @Test
  void hardSoftAndBitingEdgesDifferInColourWidthAndDash() throws Exception {
    GraphSvg demo = drawDemo();
    Edge hard = demo.edge("envoys", "crossing");
    Edge soft = demo.edge("peace", "border-opening");
    Edge bite = demo.edge("crossing", "border-opening");
    // Each kind can be told from the others without colour: solid, dashed, thick.
    assertThat(hard.line().stroke()).isNotEqualTo(RED);
    assertThat(hard.line().dashed()).isFalse();
    assertThat(soft.line().stroke()).isNotEqualTo(RED);
    assertThat(soft.line().dashed()).isTrue();
    assertThat(bite.line().stroke()).isEqualTo(RED);
    assertThat(bite.line().dashed()).isFalse();
    assertThat(bite.line().strokeWidth())
        .as("biting edges stand out")
        .isGreaterThan(hard.line().strokeWidth() + 0.5);
    assertThat(hard.line().strokeWidth()).isGreaterThan(soft.line().strokeWidth());
    assertThat(demo.edge("crossing", "flights").line().dashed()).isTrue();
    assertThat(demo.edge("crossing", "flights").line().stroke()).isEqualTo(soft.line().stroke());
    assertThat(demo.edge("railway", "border-opening").line().stroke()).isEqualTo(RED);

    assertThat(hard.title()).isEqualTo("crossing requires envoys");
    assertThat(soft.title()).isEqualTo("border-opening is influenced by peace");
    assertThat(bite.title())
        .isEqualTo("border-opening requires crossing (gating bites: counts as AGREED)");
  }

  @Test
  void bitingEdgesAreDrawnOverHardOnesHardOverSoftAndNodesOverAllEdges() throws Exception {
    GraphSvg demo = drawDemo();
    List<String> order = demo.groups;
    int lastSoft = Math.max(index(order, "peace-border-opening"), index(order, "crossing-flights"));
    int hard = index(order, "envoys-crossing");
    int firstBite =
        Math.min(index(order, "crossing-border-opening"), index(order, "railway-border-opening"));
    int firstNode =
        order.indexOf(order.stream().filter(g -> g.contains("-node-")).findFirst().orElseThrow());
    assertThat(lastSoft).isLessThan(hard);
    assertThat(hard).isLessThan(firstBite);
    assertThat(
            Math.max(
                index(order, "crossing-border-opening"), index(order, "railway-border-opening")))
        .isLessThan(firstNode);
  }

  private static int index(List<String> groups, String edge) {
    int i = groups.indexOf(GraphChart.ID + "-edge-" + edge);
    assertThat(i).as(edge).isNotNegative();
    return i;
  }

  // ---- legend, titles, text -----------------------------------------------------------------

  @Test
  void theLegendShowsEachStatusColourInScaleOrderThenTheThreeKindsOfEdge() throws Exception {
    GraphSvg demo = drawDemo();
    Text heading = demo.text("Reported status:");
    double right = heading.x() + measured(heading);
    for (Status s : Status.values()) {
      Text label = demo.text(GraphChart.words(s));
      Shape swatch =
          demo.looseShapes.stream()
              .filter(p -> fill(s).equals(p.fill()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no swatch for " + s));
      assertThat(swatch.minX()).as(s + " after the previous label").isGreaterThan(right);
      assertThat(swatch.maxX()).as(s + " swatch before its label").isLessThan(label.x());
      assertThat(label.y()).as(s.name()).isBetween(swatch.minY(), swatch.maxY());
      assertThat(label.y()).isEqualTo(heading.y());
      assertThat(
              demo.looseShapes.stream()
                  .anyMatch(
                      p ->
                          !"none".equals(p.stroke())
                              && p.stroke() != null
                              && Math.abs(p.minX() - swatch.minX()) < EPS
                              && Math.abs(p.maxY() - swatch.maxY()) < EPS))
          .as(s + " swatch is outlined")
          .isTrue();
      assertThat(label.fill()).isEqualTo(INK);
      right = label.x() + measured(label);
    }

    List<Line> samples = demo.lines.subList(4, demo.lines.size());
    List<String> labels =
        List.of(
            "requires (hard: caps the dependent)",
            "influenced by (soft: never caps)",
            "gating bites: the milestone is reported further along than this prerequisite"
                + " allows, red outline");
    // The key's samples look like the edges they explain.
    List<String> colours =
        List.of(
            demo.edge("envoys", "crossing").line().stroke(),
            demo.edge("peace", "border-opening").line().stroke(),
            demo.edge("crossing", "border-opening").line().stroke());
    assertThat(samples).extracting(Line::stroke).containsExactlyElementsOf(colours);
    assertThat(samples).extracting(Line::dashed).containsExactly(false, true, false);
    assertThat(samples.get(2).strokeWidth()).isGreaterThan(samples.get(0).strokeWidth() + 0.5);
    Line first = samples.get(0);
    assertThat(first.y1()).as("edge key below the colour key").isGreaterThan(heading.y() + 8);
    Text previous = null;
    for (int i = 0; i < 3; i++) {
      Line sample = samples.get(i);
      Text label = demo.text(labels.get(i));
      String colour = colours.get(i);
      Shape head =
          demo.looseShapes.stream()
              .filter(p -> colour.equals(p.fill()) && p.minX() >= sample.x2() - EPS)
              .filter(p -> Math.abs((p.minY() + p.maxY()) / 2 - sample.y1()) < EPS)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no arrow after " + label.text()));
      assertThat(sample.x2() - sample.x1()).as("a short sample line").isBetween(10.0, 40.0);
      assertThat(head.maxX()).as("arrow before the label").isLessThan(label.x());
      assertThat(label.y()).isBetween(sample.y1(), sample.y1() + label.size());
      assertThat(label.fill()).isEqualTo(INK);
      if (previous != null) {
        assertThat(sample.x1() > previous.x() + measured(previous) || sample.y1() > previous.y())
            .as("%s starts after the previous entry", label.text())
            .isTrue();
      }
      previous = label;
    }
  }

  @Test
  void aNarrowGraphKeepsItsAxisTitleInsideTheChart() throws Exception {
    GraphSvg svg = draw(model("Two").milestone(node("a")).milestone(node("b", "a")).build());
    Text title = svg.text(GraphChart.AXIS_LABEL);
    Line axis = svg.lines.get(0);
    assertThat(measured(title))
        .as("the title is longer than a two-column axis")
        .isGreaterThan(axis.x2() - axis.x1());
    assertThat(title.x()).as("starts with the axis").isCloseTo(axis.x1(), within(EPS));
    assertThat(title.x() + measured(title)).isLessThan(svg.width);
  }

  @Test
  void theEdgeKeyWrapsToASecondRowRatherThanRunOffTheChart() throws Exception {
    GraphSvg demo = drawDemo();
    assertFitsInside(demo);
    assertFitsInside(draw(model("Two").milestone(node("a")).milestone(node("b", "a")).build()));
    assertThat(demo.text("influenced by (soft: never caps)").y())
        .as("entries that fit share a row")
        .isEqualTo(demo.text("requires (hard: caps the dependent)").y());
    Text bites =
        demo.looseTexts.stream()
            .filter(t -> t.text().startsWith("gating bites"))
            .findFirst()
            .orElseThrow();
    Text hard = demo.text("requires (hard: caps the dependent)");
    assertThat(bites.y())
        .as("on a row of its own below the others")
        .isGreaterThan(hard.y() + bites.size());
    assertThat(demo.text(GraphChart.AXIS_LABEL).y()).isLessThan(hard.y());
  }

  private static void assertFitsInside(GraphSvg svg) {
    assertThat(svg.texts)
        .allSatisfy(
            t ->
                assertThat(t.x() >= 0 && t.x() + measured(t) <= svg.width && t.y() <= svg.height)
                    .as("'%s' at x=%s inside width %s", t.text(), t.x(), svg.width)
                    .isTrue());
  }

  @Test
  void theDescriptionCountsMilestonesLayersDependenciesAndBitingEdgesInPlainEnglish()
      throws Exception {
    GraphSvg demo = drawDemo();
    assertThat(demo.description)
        .isEqualTo(
            "6 milestones in 3 layers, 5 dependencies; 2 edges where gating bites"
                + " as of 2025-01-01.");
    assertThat(draw(model("One").milestone(node("a")).build()).description)
        .isEqualTo(
            "1 milestone in 1 layer, 0 dependencies; no prerequisite holds a milestone back"
                + " as of 2025-01-01.");
    // b is reported agreed while its prerequisite has not started: one biting edge.
    GraphSvg bite =
        draw(
            model("Pair")
                .milestone(node("a"))
                .milestone(node("b", "a"))
                .event(reported("b", Status.AGREED))
                .build());
    assertThat(bite.description)
        .isEqualTo(
            "2 milestones in 2 layers, 1 dependency; 1 edge where gating bites as of 2025-01-01.");
  }

  @Test
  void theTitleAndSubtitleHeadTheChartAndTheSourceLineClosesIt() throws Exception {
    GraphSvg demo = drawDemo();
    Text title = demo.looseTexts.get(0);
    Text subtitle = demo.looseTexts.get(1);
    Text source = demo.looseTexts.get(demo.looseTexts.size() - 1);
    assertThat(title.text()).isEqualTo(GraphChart.TITLE);
    assertThat(title.size()).isEqualTo(18);
    assertThat(title.bold()).isTrue();
    assertThat(title.fill()).isEqualTo(INK);
    assertThat(subtitle.text()).isEqualTo(ReportModels.NAME + " · status as of 2025-01-01");
    assertThat(subtitle.fill()).isEqualTo(MUTED);
    assertThat(subtitle.size()).isEqualTo(13);
    assertThat(subtitle.bold()).isFalse();
    assertThat(subtitle.x()).as("flush left with the title").isEqualTo(title.x());
    assertThat(subtitle.y()).isGreaterThan(title.y() + subtitle.size());
    double top = demo.nodes.values().stream().mapToDouble(Box::top).min().orElseThrow();
    assertThat(subtitle.y()).isLessThan(top);

    assertThat(source.text())
        .isEqualTo("Source: Thaw, model '" + ReportModels.NAME + "', 5 sources");
    assertThat(source.fill()).isEqualTo(MUTED);
    assertThat(source.size()).isEqualTo(11);
    assertThat(source.x()).isEqualTo(title.x());
    double above =
        demo.texts.stream().filter(t -> t != source).mapToDouble(Text::y).max().orElseThrow();
    assertThat(source.y() - above)
        .as("the source line closes the chart, a line or two below the legend")
        .isBetween(source.size(), 4 * source.size());
    assertThat(source.y()).isBetween(demo.height - 20, demo.height - 2);

    Text legend = demo.text("Reported status:");
    assertThat(legend.y()).isGreaterThan(demo.text(GraphChart.AXIS_LABEL).y() + 10);

    Shape background = demo.rects.get(0);
    assertThat(background.fill()).isEqualTo("rgb(255,255,255)");
    assertThat(background.points().get(0)).containsExactly(0, 0);
    assertThat(background.points().get(1)).containsExactly(demo.width, demo.height);
  }

  // ---- wrapping, with one unit per character so no font is involved -------------------------

  /** Every character one unit wide. */
  private static final FontMetrics MONO =
      new FontMetrics(null) {
        private static final long serialVersionUID = 1L;

        @Override
        public int stringWidth(String text) {
          return text.length();
        }
      };

  @Test
  void aNameThatFitsStaysOnOneLineWithSpacesTidied() {
    assertThat(GraphChart.wrap("  Direct   flights ", MONO, 40)).containsExactly("Direct flights");
    assertThat(GraphChart.wrap("abcd efghi", MONO, 10))
        .as("exactly the width still fits")
        .containsExactly("abcd efghi");
  }

  @Test
  void longNamesBreakBetweenWordsIntoAtMostThreeLines() {
    assertThat(GraphChart.wrap("aaa bbb ccc", MONO, 7)).containsExactly("aaa bbb", "ccc");
    assertThat(GraphChart.wrap("aaa bbb ccc", MONO, 3))
        .as("three lines that fit get no ellipsis")
        .containsExactly("aaa", "bbb", "ccc");
    assertThat(GraphChart.wrap("Land border opens for all travellers", MONO, 10))
        .as("what does not fit in three lines ends the third with an ellipsis")
        .containsExactly("Land", "border", "opens for…");
  }

  @Test
  void aWordLongerThanTheWidthIsCutWithAnEllipsisKeepingAtLeastOneCharacter() {
    assertThat(GraphChart.wrap("Kars–Gyumri–railway", MONO, 10)).containsExactly("Kars–Gyum…");
    assertThat(GraphChart.wrap("Short Kars–Gyumri–railway", MONO, 10))
        .containsExactly("Short", "Kars–Gyum…");
    assertThat(GraphChart.wrap("ab", MONO, 1)).containsExactly("a…");
  }

  @Test
  void theStatusLineSaysWhatACappedMilestoneCountsAsOnOneLineOrTwo() {
    assertThat(GraphChart.statusLines(Status.AGREED, Status.AGREED, MONO, 40))
        .containsExactly("agreed");
    assertThat(GraphChart.statusLines(Status.IN_PROGRESS, Status.IN_PROGRESS, MONO, 5))
        .containsExactly("in progress");
    String one = "completed · counts as agreed";
    assertThat(GraphChart.statusLines(Status.COMPLETED, Status.AGREED, MONO, one.length()))
        .containsExactly(one);
    assertThat(GraphChart.statusLines(Status.COMPLETED, Status.AGREED, MONO, one.length() - 1))
        .containsExactly("completed ·", "counts as agreed");
  }
}
