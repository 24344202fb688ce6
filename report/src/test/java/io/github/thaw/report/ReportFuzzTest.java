package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ModelFormat;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever model file loads must also draw, export and report: the report's counterpart of core's
 * loader fuzz test. Lines of a real model file are dropped, repeated and swapped; every variant
 * that loads goes through both graph exports, the graph chart and the HTML report, which may refuse
 * it with a message but never crash.
 *
 * <p>Bounded and deterministic: {@code thaw.fuzz.inputs} variants (default 300), from the seed
 * {@code thaw.fuzz.seed}. Tagged {@code fuzz}, as core's is, so that mutation testing leaves it
 * out.
 */
@Tag("fuzz")
class ReportFuzzTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyModelThatLoadsAlsoDrawsExportsAndReports() {
    String base = ModelFiles.write(ReportModels.model(), ModelFormat.YAML);
    List<String> lines = List.of(base.split("\n"));
    SplittableRandom random = new SplittableRandom(Long.getLong("thaw.fuzz.seed", 20250912L));
    int inputs = Integer.getInteger("thaw.fuzz.inputs", 300);
    int loaded = 0;
    int refused = 0;
    for (int run = 0; run < inputs; run++) {
      String input = mutate(lines, random);
      ProcessModel m;
      try {
        m = ModelFiles.read(input, "fuzz.yaml", ModelFormat.YAML);
      } catch (ModelException e) {
        refused++;
        continue;
      }
      loaded++;
      try {
        analyse(m);
      } catch (IllegalArgumentException | IllegalStateException refusal) {
        assertThat(refusal.getMessage()).as("refusal of input #%s:%n%s", run, input).isNotBlank();
      } catch (RuntimeException | Error crash) {
        throw new AssertionError("input #" + run + " crashed the report:\n" + input, crash);
      }
    }
    // A run where nothing loaded, or nothing was refused, would prove little.
    assertThat(loaded).as("variants that loaded").isPositive();
    assertThat(refused).as("variants refused").isPositive();
  }

  private static void analyse(ProcessModel m) {
    LocalDate date = m.referenceDate().orElse(LocalDate.of(2025, 1, 1));
    assertThat(GraphExport.dot(m, date)).startsWith("digraph");
    assertThat(GraphExport.mermaid(m, date)).contains("flowchart LR");
    assertThat(Charts.graph(m, date).svg()).startsWith("<svg");
    assertThat(HtmlReport.builder(m).asOf(date).build().html()).contains("</html>");
  }

  /** One to three edits: drop a line, repeat one, or swap two. */
  private static String mutate(List<String> lines, SplittableRandom random) {
    List<String> out = new ArrayList<>(lines);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.size() > 2; e++) {
      int i = random.nextInt(out.size());
      switch (random.nextInt(3)) {
        case 0 -> out.remove(i);
        case 1 -> out.add(i, out.get(i));
        default -> {
          int j = random.nextInt(out.size());
          String t = out.get(i);
          out.set(i, out.get(j));
          out.set(j, t);
        }
      }
    }
    return String.join("\n", out) + "\n";
  }
}
