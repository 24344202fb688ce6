package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Step;
import io.github.thaw.forecast.StepDuration;
import io.github.thaw.forecast.Transitions;
import io.github.thaw.index.Aggregation;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ModelException;
import io.github.thaw.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Method, scenario and transitions files read from disk: the format follows the extension, and
 * problems name the file as given.
 */
class FilesByPathTest {
  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void methodFiles(@TempDir Path dir) throws IOException {
    IndexMethod yaml = MethodFiles.read(write(dir, "m.yml", "aggregation: GEOMETRIC\n"));
    IndexMethod json = MethodFiles.read(write(dir, "m.json", "{\"aggregation\": \"GEOMETRIC\"}"));
    assertThat(yaml).isEqualTo(json);
    assertThat(yaml.milestoneAggregation()).isEqualTo(Aggregation.GEOMETRIC);
    Path bad = write(dir, "bad.yaml", "aggregation: MEDIAN\n");
    assertThatThrownBy(() -> MethodFiles.read(bad))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(bad + ":1:14: aggregation:");
    assertThatThrownBy(() -> MethodFiles.read(write(dir, "m.txt", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m.txt");
    assertThatThrownBy(() -> MethodFiles.read(dir.resolve("missing.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void scenarioFiles(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "s.yaml",
            "name: quiet\ndescription: Nothing moves.\nchanges:\n  - freeze: {from: 2026-01}\n");
    Scenario s = ScenarioFiles.read(file);
    assertThat(s.name()).isEqualTo("quiet");
    assertThat(s.changes()).hasSize(1);
    Path bad = write(dir, "bad.json", "{\"name\": \"\"}");
    assertThatThrownBy(() -> ScenarioFiles.read(bad))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(bad.toString());
  }

  @Test
  void transitionsFiles(@TempDir Path dir) throws IOException {
    Transitions base = Transitions.everyStep(StepDuration.exponential(0.05));
    Path file = write(dir, "t.yaml", "steps:\n  AGREED->IN_PROGRESS: {distribution: never}\n");
    Transitions t = TransitionFiles.read(file, base);
    assertThat(t.duration("any", Step.AGREED_TO_IN_PROGRESS).isNever()).isTrue();
    assertThat(t.duration("any", Step.NOT_STARTED_TO_AGREED))
        .isEqualTo(StepDuration.exponential(0.05));
    assertThat(base.duration("any", Step.AGREED_TO_IN_PROGRESS).isNever()).isFalse();
  }
}
