package io.github.thaw.io;

import static io.github.thaw.io.TestModels.problems;
import static io.github.thaw.io.TestModels.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corners of the model reader: one problem per cause, flags read as given, shared texts. */
class ModelFileCornersTest {
  @TempDir Path dir;

  @Test
  void aSourceIdWithAHashIsOneProblemAtTheSource() {
    // GIVEN a source whose id has the citation separator in it
    String file =
        """
        name: U
        sources:
          - {id: "s#1", title: T}
        """;
    // WHEN it is read THEN the model's own rule is reported once, where the source starts
    assertThat(problems(file, "m.yaml"))
        .singleElement()
        .asString()
        .startsWith("m.yaml:3:5: sources[0]: ")
        .contains("s#1");
  }

  @Test
  void aDimensionIdThatIsNotTextIsOneProblemNotTwo() {
    // GIVEN a dimension whose id is a number WHEN read THEN only the wrong type is reported,
    // not also an empty id given to the model afterwards
    assertThat(problems("name: U\ndimensions: [{id: [d], name: D}]\n", "m.yaml"))
        .singleElement()
        .asString()
        .isEqualTo("m.yaml:2:19: dimensions[0].id: expected text, found a list");
  }

  @Test
  void scoredTrueAndFalseAreReadAsGiven() {
    // GIVEN elements that say scored: true and scored: false explicitly
    ProcessModel m =
        yaml(
            """
            name: U
            dimensions:
              - {id: d, name: D, scored: true}
              - {id: e, name: E, scored: false}
            milestones:
              - {id: a, name: A, dimension: d, scored: true}
              - {id: b, name: B, dimension: d, scored: false}
            """);
    // WHEN read THEN each flag is the one written
    assertThat(m.dimensions()).extracting(d -> d.scored()).containsExactly(true, false);
    assertThat(m.milestones()).extracting(x -> x.scored()).containsExactly(true, false);
  }

  @Test
  void repeatedDimensionIdsAndCitationsAreHeldOnce() {
    // GIVEN a file in which the same dimension id and the same bare source id repeat
    ProcessModel m =
        yaml(
            """
            name: U
            dimensions: [{id: borders, name: B}]
            milestones:
              - {id: a, name: A, dimension: borders}
              - {id: b, name: B, dimension: borders}
            sources: [{id: s1}]
            events:
              - {date: 2020, sources: [s1]}
              - {date: 2021, sources: [s1]}
            """);
    // WHEN read THEN the repeats are one string each, so a large file does not hold one copy per
    // mention
    assertThat(m.milestones().get(1).dimension()).isSameAs(m.milestones().get(0).dimension());
    assertThat(m.milestones().get(0).dimension()).isSameAs(m.dimensions().get(0).id());
    assertThat(m.events().get(1).sources().get(0)).isSameAs(m.events().get(0).sources().get(0));
  }

  @Test
  void withIndexRulesMilestoneWeightsAllZeroAreRefusedAtTheDimensions() {
    // GIVEN milestones that all weigh nothing, so the default index has nothing to weigh
    String file =
        """
        name: U
        dimensions: [{id: borders, name: B}]
        milestones:
          - {id: a, name: A, dimension: borders, weight: 0}
        """;
    // WHEN read plainly THEN it loads; WHEN read with the index rules THEN it is refused with the
    // index's own message, at the dimensions
    assertThat(ModelFiles.read(file, "m.yaml", FileSyntax.YAML).milestones()).hasSize(1);
    assertThat(indexRuleProblems(file))
        .containsExactly(
            "m.yaml:1:1: dimensions: milestone weights are all zero; give at least one milestone"
                + " a positive weight");
  }

  @Test
  void withIndexRulesAModelNamedLikeADimensionIsNotBlamedOnThatDimension() {
    // GIVEN a model named as its only dimension is, whose milestones are all unscored
    String file =
        """
        name: borders
        dimensions: [{id: borders, name: B}]
        milestones:
          - {id: a, name: A, dimension: borders, scored: false}
        """;
    // WHEN read with the index rules THEN the problem, which is about the model, is not located at
    // the dimension that happens to share its name
    assertThat(indexRuleProblems(file))
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:1: dimensions: model 'borders' has no scored milestone");
  }

  private static List<String> indexRuleProblems(String file) {
    ModelException e =
        catchThrowableOfType(
            () -> ModelReader.defaults().withIndexRules().read(file, "m.yaml", FileSyntax.YAML),
            ModelException.class);
    assertThat(e).as("expected a ModelException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void withIndexRulesAModelWithoutMilestonesStillLoads() {
    // GIVEN a model that has only its name: there is nothing to weigh yet
    // WHEN read with the index rules THEN it loads (validate of a model being drafted passes)
    ProcessModel m =
        ModelReader.defaults().withIndexRules().read("name: Draft\n", "m.yaml", FileSyntax.YAML);
    assertThat(m.name()).isEqualTo("Draft");
    assertThat(m.milestones()).isEmpty();
  }

  @Test
  void aModelReadFromDiskIsTheModelWritten() throws IOException {
    // GIVEN the reference model written to a file
    ProcessModel model = TestModels.reference();
    Path file = dir.resolve("model.yaml");
    ModelFiles.write(model, file);
    // WHEN read back through either entry point THEN it is the same model
    assertThat(ModelFiles.read(file)).isEqualTo(model);
    assertThat(ModelReader.defaults().read(file)).isEqualTo(model);
  }
}
