package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.sensitivity.IndexRobustness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden SVG per chart, drawn from the demo model: any change to what a chart draws shows up as
 * a diff of {@code report/src/test/resources/golden/<chart id>.svg} in review. The other chart
 * tests check what each picture means; this one catches what they do not name (a colour, a stroke,
 * a font). After a deliberate change, regenerate the files and commit them with it:
 *
 * <pre>
 * ./mvnw -pl report -am test -Dtest=GoldenSvgTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dthaw.golden.update=true
 * </pre>
 *
 * <p>The bytes are repeatable: ids are counted per chart, numbers have two decimals and nothing
 * records a time. Text is measured with the JDK's fonts (DejaVu Sans on Debian), so a machine with
 * other fonts places labels differently and should regenerate rather than compare.
 */
class GoldenSvgTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> charts() {
    return Stream.of(
        chart(
            () ->
                Charts.trajectory(
                    IndexMethod.defaults().prepare(ReportModels.model()), ReportModels.AS_OF)),
        chart(
            () ->
                Charts.scenarios(
                    ScenarioComparison.atLatest(
                        ReportModels.model(), IndexMethod.defaults(), ReportModels.scenarios()))),
        chart(() -> Charts.forecast(ReportModels.model(), ReportModels.AS_OF, ReportModels.fan())),
        chart(
            () ->
                Charts.sensitivity(
                    ReportModels.model(), ReportModels.AS_OF, ReportModels.sensitivity())),
        chart(
            () ->
                Charts.robustness(
                    ReportModels.model(),
                    IndexRobustness.of(ReportModels.model(), ReportModels.AS_OF).analyze(8, 1))),
        chart(() -> Charts.graph(ReportModels.model(), ReportModels.AS_OF)));
  }

  private static Arguments chart(Supplier<SvgChart> draw) {
    SvgChart chart = draw.get();
    return Arguments.of(chart.id(), chart);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void theChartIsDrawnAsItsGoldenFile(String id, SvgChart chart) throws IOException {
    Path file = GOLDEN.resolve(id + ".svg");
    if (Boolean.getBoolean("thaw.golden.update")) {
      Files.createDirectories(GOLDEN);
      // One element a line, so that a change shows as a readable diff.
      Files.writeString(file, String.join("\n", lines(chart.document())), StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as(
            "golden file of %s; after a deliberate change regenerate it with ./mvnw -pl report -am"
                + " test -Dtest=GoldenSvgTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dthaw.golden.update=true",
            id)
        .exists();
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    // Compared element by element, so that a failure names the first element that differs.
    assertThat(lines(chart.document()))
        .as("%s against %s (regenerate with -Dthaw.golden.update=true)", id, file)
        .containsExactlyElementsOf(List.of(golden.split("\n", -1)));
  }

  private static List<String> lines(String svg) {
    return List.of(svg.replace("><", ">\n<").split("\n", -1));
  }
}
