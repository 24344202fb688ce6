package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.forecast.Transitions;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileSyntaxTest {
  @ParameterizedTest
  @CsvSource({
    "model.yaml, YAML",
    "model.yml, YAML",
    "dir/Model.YAML, YAML",
    "model.json, JSON",
    "/tmp/x.JSON, JSON",
    "a.b.json, JSON"
  })
  void formatFollowsTheExtension(String fileName, FileSyntax expected) {
    // GIVEN a file name WHEN its format is asked THEN the extension decides, ignoring case
    assertThat(FileSyntax.ofFileName(fileName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"model.txt", "model", "model.yaml.bak", "json", ".jsonl"})
  void otherExtensionsAreRefusedWithTheWayOut(String fileName) {
    // GIVEN a name without a model extension WHEN its format is asked THEN the error names it
    assertThatThrownBy(() -> FileSyntax.ofFileName(fileName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot tell the format of '"
                + fileName
                + "' from its name; use a file ending in .yaml, .yml or .json");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOldNameStillReadsAndWritesTheSameFiles() throws Exception {
    // GIVEN a model WHEN it is written and read back under the old name THEN nothing differs
    ProcessModel model = TestModels.reference();
    String yaml = ModelFiles.write(model, ModelFormat.YAML);
    assertThat(yaml).isEqualTo(ModelFiles.write(model, FileSyntax.YAML));
    assertThat(ModelFiles.write(model, ModelFormat.JSON))
        .isEqualTo(ModelFiles.write(model, FileSyntax.JSON));
    assertThat(ModelFiles.read(yaml, "m.yaml", ModelFormat.YAML)).isEqualTo(model);
    assertThat(ModelFormat.ofFileName("m.yml")).isEqualTo(ModelFormat.YAML);
    assertThat(ModelFormat.JSON.syntax()).isEqualTo(FileSyntax.JSON);
  }

  @Test
  @SuppressWarnings("deprecation")
  void everyOverloadUnderTheOldNameGivesWhatTheNewOneGives(@TempDir Path dir) throws Exception {
    // GIVEN files of each kind WHEN read or written under the old name THEN each result is the
    // one the FileSyntax overload gives
    ProcessModel model = TestModels.reference();
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    assertThat(ModelFiles.read(new ByteArrayInputStream(bytes), "m.yaml", ModelFormat.YAML))
        .isEqualTo(model);
    assertThat(ModelReader.defaults().read(yaml, "m.yaml", ModelFormat.YAML)).isEqualTo(model);
    assertThat(
            ModelReader.defaults()
                .read(new ByteArrayInputStream(bytes), "m.yaml", ModelFormat.YAML))
        .isEqualTo(model);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFiles.write(model, out, ModelFormat.JSON);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(ModelFiles.write(model, FileSyntax.JSON));

    assertThat(MethodFiles.read("preset: pam\n", "m.yaml", ModelFormat.YAML))
        .isEqualTo(IndexMethod.pam());
    assertThat(MethodFiles.read("preset: legacy\n", "m.yaml", ModelFormat.YAML, model))
        .isEqualTo(IndexMethod.legacy());

    String scenario = "name: s\nchanges:\n  - freeze: {from: 2026}\n";
    Scenario expected = ScenarioFiles.read(scenario, "s.yaml", FileSyntax.YAML);
    assertThat(ScenarioFiles.read(scenario, "s.yaml", ModelFormat.YAML)).isEqualTo(expected);
    assertThat(
            ScenarioFiles.read(
                new ByteArrayInputStream(scenario.getBytes(StandardCharsets.UTF_8)),
                "s.yaml",
                ModelFormat.YAML))
        .isEqualTo(expected);

    String transitions = "softFactor: 0.7\n";
    Transitions base = TransitionFilesTest.BASE;
    assertThat(
            TransitionFiles.read(
                    new ByteArrayInputStream(transitions.getBytes(StandardCharsets.UTF_8)),
                    "t.yaml",
                    ModelFormat.YAML,
                    base)
                .softFactor())
        .isEqualTo(0.7);

    Files.writeString(dir.resolve("a.txt"), "one\n");
    String cited =
        "name: U\nsources: [{id: a, locator: a.txt}]\nevents: [{date: 2020, sources: [a#2]}]\n";
    assertThat(SourceCheck.check(cited, "m.yaml", ModelFormat.YAML, dir).problems())
        .isEqualTo(SourceCheck.check(cited, "m.yaml", FileSyntax.YAML, dir).problems())
        .hasSize(1);
  }
}
