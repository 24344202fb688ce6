package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import org.junit.jupiter.api.Test;

/** {@code scored: false} on dimensions and milestones, read, written and checked. */
class ScoredKeyTest {
  private static final String YAML =
      String.join(
          "\n",
          "name: Context",
          "dimensions:",
          "  - {id: core, name: Core}",
          "  - {id: region, name: Region, scored: false}",
          "milestones:",
          "  - {id: a, name: A, dimension: core}",
          "  - {id: driver, name: Driver, dimension: core, scored: false}",
          "  - {id: peace, name: Peace, dimension: region}",
          "");

  @Test
  void scoredIsReadWithTrueAsDefault() {
    ProcessModel m = ModelFiles.read(YAML, "m.yaml", FileSyntax.YAML);
    assertThat(m.dimension("core").scored()).isTrue();
    assertThat(m.dimension("region").scored()).isFalse();
    assertThat(m.milestone("a").scored()).isTrue();
    assertThat(m.milestone("driver").scored()).isFalse();
    assertThat(m.milestone("peace").scored()).isTrue();
  }

  @Test
  void onlyFalseIsWrittenAndBothFormatsRoundTrip() {
    ProcessModel m = ModelFiles.read(YAML, "m.yaml", FileSyntax.YAML);
    for (FileSyntax f : FileSyntax.values()) {
      String text = ModelFiles.write(m, f);
      assertThat(text.split("scored", -1)).as(f.name()).hasSize(3);
      ProcessModel again = ModelFiles.read(text, "again", f);
      assertThat(again.dimensions()).isEqualTo(m.dimensions());
      assertThat(again.milestones()).isEqualTo(m.milestones());
    }
  }

  @Test
  void aScoredThatIsNotABooleanIsLocated() {
    String bad = YAML.replace("scored: false}", "scored: no-thanks}");
    assertThatThrownBy(() -> ModelFiles.read(bad, "m.yaml", FileSyntax.YAML))
        .isInstanceOfSatisfying(
            ModelException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::toString))
                    .containsExactly(
                        "m.yaml:4:40: dimensions[1].scored: expected true or false, found text"
                            + " 'no-thanks'",
                        "m.yaml:7:57: milestones[1].scored: expected true or false, found text"
                            + " 'no-thanks'"));
  }
}
