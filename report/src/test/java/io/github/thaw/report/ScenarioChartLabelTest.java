package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import io.github.thaw.scenario.ScenarioComparison;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The baseline's label at the foot of its dashed line never covers a bar, however many bars. */
class ScenarioChartLabelTest {
  static final ProcessModel MODEL =
      ModelFiles.read(
          String.join(
              "\n",
              "name: Two",
              "asOf: 2024-06",
              "dimensions: [{id: d, name: D}]",
              "milestones:",
              "  - {id: talks, name: Talks, dimension: d}",
              "  - {id: deal, name: Deal, dimension: d}",
              "sources: [{id: s1, outlet: O, title: T, published: 2019, locator: s1.txt}]",
              "events: [{date: 2019-03-05, milestone: talks, status: AGREED, sources: [s1]}]",
              ""),
          "two.yaml",
          FileSyntax.YAML);

  /** A scenario that raises the index: its bar runs past the baseline's line. */
  static Scenario raise(int k) {
    return ScenarioFiles.read(
        "name: raise-"
            + k
            + "\nchanges:\n  - setStatus: {milestone: deal, status: COMPLETED, date: 2024-05}\n",
        "raise.yaml",
        FileSyntax.YAML);
  }

  static Stream<Integer> scenarioCounts() {
    return Stream.of(1, 2, 3, 5, 8, 12);
  }

  @ParameterizedTest(name = "{0} scenarios")
  @MethodSource("scenarioCounts")
  void theBaselineLabelCoversNoBar(int n) throws Exception {
    List<Scenario> scenarios = IntStream.rangeClosed(1, n).mapToObj(k -> raise(k)).toList();
    ScenarioComparison c = ScenarioComparison.atLatest(MODEL, IndexMethod.legacy(), scenarios);
    ChartSvg svg = new ChartSvg(Charts.scenarios(c).svg());
    Rectangle2D whole = new Rectangle2D.Double(0, 0, ChartSvg.WIDTH, svg.height());
    List<Rectangle2D> bars = new ArrayList<>();
    Rectangle2D label = null;
    for (Element r : SvgXml.elements(svg.doc, "rect")) {
      Rectangle2D clip = svg.clip(r);
      if (clip == null || clip.equals(whole)) {
        continue; // legend swatches and the background are not clipped to the plot
      }
      Rectangle2D box =
          new Rectangle2D.Double(
              Double.parseDouble(r.getAttribute("x")),
              Double.parseDouble(r.getAttribute("y")),
              Double.parseDouble(r.getAttribute("width")),
              Double.parseDouble(r.getAttribute("height")));
      java.util.Map<String, String> style = svg.style(r);
      if (ChartSvg.opacity(style) < 1) {
        label = box; // the marker label's translucent white box
      } else if (!"rgb(255,255,255)".equals(style.get("fill"))) {
        bars.add(box);
      }
    }
    assertThat(bars).hasSize(n + 1);
    assertThat(label).isNotNull();
    for (Rectangle2D bar : bars) {
      assertThat(bar.intersects(label)).as("label %s against bar %s", label, bar).isFalse();
    }
  }
}
