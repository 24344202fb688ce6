package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.forecast.FreezeShocks;
import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/forecasting.md says what the transitions reader does, and cannot drift. */
class ForecastingDocsTest {
  private static String doc;

  @BeforeAll
  static void load() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("docs/forecasting.md");
      if (Files.isRegularFile(file)) {
        doc = Files.readString(file);
        return;
      }
    }
    throw new AssertionError("no docs/forecasting.md above " + Path.of("").toAbsolutePath());
  }

  private static String block(String name) {
    int marker = doc.indexOf("<!-- test:" + name + " -->");
    assertThat(marker).as("marker " + name).isNotNegative();
    int open = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
    int close = doc.indexOf("\n```", open);
    return doc.substring(open, close + 1);
  }

  @Test
  void theDocumentedExampleReadsAsItSays() {
    Transitions t =
        TransitionFiles.read(
            block("transitions-yaml"),
            "transitions.yaml",
            FileSyntax.YAML,
            Transitions.everyStep(StepDuration.never()));
    assertThat(t.duration("anything", Step.NOT_STARTED_TO_AGREED))
        .isEqualTo(StepDuration.exponential(0.05));
    assertThat(t.duration("anything", Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.pert(3, 9, 24));
    assertThat(t.duration("railway-rehabilitation", Step.AGREED_TO_IN_PROGRESS))
        .isEqualTo(StepDuration.triangular(3, 9, 24));
    assertThat(t.duration("border-opening", Step.NOT_STARTED_TO_AGREED).isNever()).isTrue();
    assertThat(t.softFactor()).isEqualTo(0.8);
    assertThat(t.freezes()).contains(FreezeShocks.of(0.3, 6));
    assertThat(t.tempo()).contains(io.github.thaw.forecast.Tempo.of(0.2));
  }

  @Test
  void theDocumentedErrorsAreExactlyWhatTheReaderSays() {
    List<String> expected = block("transitions-invalid-output").lines().toList();
    List<String> actual;
    try {
      TransitionFiles.read(
          block("transitions-invalid"),
          "transitions.yaml",
          FileSyntax.YAML,
          Transitions.everyStep(StepDuration.never()));
      throw new AssertionError("expected a ModelException");
    } catch (ModelException e) {
      actual = e.problems().stream().map(Problem::toString).toList();
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void theFormatTableHasARowForEveryKey() {
    for (String key : TransitionFileReader.TRANSITIONS.keys()) {
      assertThat(doc).as("transitions." + key).contains("| `" + key + "` |");
    }
    for (String key : TransitionFileReader.FREEZE.keys()) {
      assertThat(doc).as("freeze." + key).contains(key + ": ");
    }
    for (String key : TransitionFileReader.TEMPO.keys()) {
      assertThat(doc).as("tempo." + key).contains(key + ": ");
    }
    for (String family : TransitionFileReader.ARGUMENTS.keySet()) {
      assertThat(doc).contains("| `" + family + "` |");
      for (String argument : TransitionFileReader.ARGUMENTS.get(family)) {
        assertThat(doc).contains("`" + argument + "`");
      }
    }
    for (Step s : Step.values()) {
      assertThat(doc).contains("`" + s.label() + "`");
    }
  }
}
