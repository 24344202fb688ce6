package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.ProcessModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundTripTest {
  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource({"YAML, YAML", "JSON, JSON", "YAML, JSON", "JSON, YAML"})
  void writeThenReadGivesAnEqualModelInAndAcrossFormats(FileSyntax first, FileSyntax second) {
    // GIVEN the reference model
    ProcessModel model = TestModels.reference();
    // WHEN written in one format, read, written in another and read
    ProcessModel once = ModelFiles.read(ModelFiles.write(model, first), "a", first);
    ProcessModel twice = ModelFiles.read(ModelFiles.write(once, second), "b", second);
    // THEN nothing changed, and writing again gives the same text
    assertThat(once).isEqualTo(model);
    assertThat(twice).isEqualTo(model);
    assertThat(ModelFiles.write(twice, second)).isEqualTo(ModelFiles.write(model, second));
  }
}
