package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.cli.ThawCommandTest.Run;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportCommandTest {
  private static final String MODEL =
      String.join(
          "\n",
          "name: Small <process>",
          "dimensions:",
          "  - {id: d, name: D}",
          "milestones:",
          "  - {id: a, name: A, dimension: d}",
          "  - {id: b, name: B, dimension: d, requires: [a]}",
          "sources:",
          "  - {id: s1, outlet: Wire, title: T, published: 2024-01-02, locator: s1.txt}",
          "events:",
          "  - {date: 2024-01-02, milestone: a, status: AGREED, sources: [s1], note: A agreed.}",
          "");

  static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  static List<String> ids(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    return out;
  }

  @Test
  void reportWritesEverySectionAndTheBuiltInScenarios(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Run r = thaw("report", "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("wrote " + out + ": report on Türkiye–Armenia normalization as of 2025-09-30,")
        .contains(
            "6 charts (index-trajectory, dependency-graph, scenario-comparison, forecast-fan,"
                + " sensitivity-bars, robustness-bars)");
    Document doc = xml(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(ids(doc, "section"))
        .containsExactly(
            "summary",
            "timeline",
            "graph",
            "scenarios",
            "forecast",
            "sensitivity",
            "robustness",
            "methodology",
            "sources");
    assertThat(ids(doc, "svg"))
        .containsExactly(
            "index-trajectory",
            "dependency-graph",
            "scenario-comparison",
            "forecast-fan",
            "sensitivity-bars",
            "robustness-bars");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("railway-reactivated")
        .doesNotContain("Not computed: no forecast")
        .contains("P(COMPLETED) of border-opening")
        .contains("score:AGREED")
        .contains("N = 256, seed 11")
        .contains("over 256 method variants. Nine method choices varied jointly")
        .contains("N = 128, seed 11, 1408 evaluations")
        .contains("Components: agreement ");
  }

  @Test
  void robustnessVariantsZeroLeavesItOutAndOutOfRangeIsAUsageError(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("r.html");
    Run none =
        thaw(
            "report",
            "--out",
            out.toString(),
            "--robustness-variants",
            "0",
            "--forecast-samples",
            "0",
            "--sensitivity-samples",
            "0");
    assertThat(none.code()).isZero();
    assertThat(none.out()).doesNotContain("robustness-bars");
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("Not computed: no robustness analysis");
    Run big = thaw("report", "--out", out.toString(), "--robustness-variants", "50000000");
    assertThat(big.code()).isEqualTo(2);
    assertThat(big.err()).startsWith("--robustness-variants is 50000000");
    Run one = thaw("report", "--out", out.toString(), "--robustness-variants", "1");
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).startsWith("--robustness-variants is 1; it must be 0");
  }

  @Test
  void reportJsonNamesTheFileAndCharts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Run r = thaw("report", "--out", out.toString(), "--as-of", "2024-12", "--json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("out").asText()).isEqualTo(out.toString());
    assertThat(root.get("asOf").asText()).isEqualTo("2024-12-31");
    assertThat(root.get("bytes").asLong()).isEqualTo(Files.size(out));
    assertThat(root.get("charts")).hasSize(6);
    assertThat(
            thaw("report", "--out", out.toString(), "--sensitivity-samples", "0", "--json").out())
        .doesNotContain("sensitivity-bars");
  }

  @Test
  void reportOnAModelFileHasNoScenariosUnlessGivenAndEscapesItsText(@TempDir Path dir)
      throws Exception {
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    Path out = dir.resolve("r.html");
    Run r = thaw("report", "--model", model.toString(), "--out", out.toString(), "--method", "pam");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<h1>Small &lt;process&gt;: progress report</h1>")
        .contains("No scenarios were given for this report.")
        .contains("This method does not gate");

    Path scenario = dir.resolve("s.yaml");
    Files.writeString(
        scenario,
        "name: b-done\nchanges:\n  - setStatus: {milestone: b, status: COMPLETED, date: 2025-01-01}\n",
        StandardCharsets.UTF_8);
    r =
        thaw(
            "report",
            "--model",
            model.toString(),
            "--scenario",
            scenario.toString(),
            "--out",
            out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("<td><b>b-done</b></td>")
        .contains("<svg id='scenario-comparison'");
  }

  @Test
  void reportExitCodes(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: Bad\ncolour: red\n", StandardCharsets.UTF_8);
    Run invalid = thaw("report", "--model", bad.toString(), "--out", dir.resolve("x").toString());
    assertThat(invalid.code()).isEqualTo(3);
    assertThat(invalid.err()).startsWith(bad.toString() + ":");

    assertThat(thaw("report", "--as-of", "yesterday").code()).isEqualTo(2);

    Path nowhere = dir.resolve("missing-dir").resolve("r.html");
    Run unwritable = thaw("report", "--out", nowhere.toString());
    assertThat(unwritable.code()).isEqualTo(3);
    assertThat(unwritable.err())
        .isEqualTo("thaw: cannot write " + nowhere + ": no such directory\n");
  }

  @Test
  void chartWritesEachKindAsSvgWithATitle(@TempDir Path dir) throws Exception {
    for (String kind : List.of("trajectory", "scenarios", "graph")) {
      Path out = dir.resolve(kind + ".svg");
      Run r = thaw("chart", "--kind", kind, "--out", out.toString());
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      Document doc = xml(Files.readString(out, StandardCharsets.UTF_8));
      Element title = (Element) doc.getElementsByTagNameNS("*", "title").item(0);
      assertThat(title.getParentNode()).isSameAs(doc.getDocumentElement());
      assertThat(r.out()).isEqualTo("wrote " + out + ": " + title.getTextContent() + "\n");
    }
  }

  @Test
  void chartGoesToStdoutWithoutOut() throws Exception {
    Run r = thaw("chart", "--kind", "graph", "--as-of", "2024-12-31");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    assertThat(xml(r.out()).getDocumentElement().getAttribute("id")).isEqualTo("dependency-graph");
  }

  @Test
  void chartUsageErrors(@TempDir Path dir) throws Exception {
    assertThat(thaw("chart", "--kind", "pie").code()).isEqualTo(2);
    assertThat(thaw("chart", "--kind", "graph", "--json").code()).isEqualTo(2);
    Path model = dir.resolve("m.yaml");
    Files.writeString(model, MODEL, StandardCharsets.UTF_8);
    Run r = thaw("chart", "--kind", "scenarios", "--model", model.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("--kind scenarios with --model needs at least one --scenario FILE");
  }

  @Test
  void committedReadmeChartIsTheReferenceTrajectory() throws Exception {
    Path committed = Path.of("..", "docs", "images", "trajectory.svg");
    Document doc = xml(Files.readString(committed, StandardCharsets.UTF_8));
    Run r = thaw("chart", "--kind", "trajectory");
    String title = xml(r.out()).getElementsByTagNameNS("*", "title").item(0).getTextContent();
    assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .as(
            "regenerate with: java -jar examples/target/thaw.jar chart --kind trajectory"
                + " --out docs/images/trajectory.svg")
        .isEqualTo(title);
  }
}
