package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ProcessModel;
import org.junit.jupiter.api.Test;
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
}
