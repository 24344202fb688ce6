package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeightsTest {
  private static final double BORDERS = 50;
  private static final double TRANSPORT = 200 / 3.0;

  private static IndexResult worked(IndexMethod.Builder b) {
    return b.build().evaluate(Examples.worked(), Examples.AS_OF);
  }

  @Test
  void milestoneWeightsComeFromTheModelByDefault() {
    // border-opening has weight 2 in the model: 2 / (1 + 1 + 2) of borders.
    IndexResult r = worked(IndexMethod.legacy().toBuilder());

    assertThat(r.milestone("border-opening").weightInDimension()).isEqualTo(0.5);
    assertThat(r.milestone("border-opening").weight()).isEqualTo(0.25);
    assertThat(r.dimensions().get("borders")).isEqualTo(BORDERS);
  }

  @Test
  void equalMilestoneWeights() {
    // borders = (1 + 1/3 + 1/3) / 3 = 5/9
    IndexResult r = worked(IndexMethod.legacy().toBuilder().milestoneWeights(Weights.equal()));

    assertThat(r.dimensions().get("borders")).isCloseTo(500 / 9.0, within(1e-12));
    assertThat(r.value()).isCloseTo((500 / 9.0 + TRANSPORT) / 2, within(1e-12));
    assertThat(r.milestone("border-opening").weightInDimension()).isEqualTo(1 / 3.0);
  }

  @Test
  void explicitWeightsOverrideTheBase() {
    // envoys weight 0: borders = (1·1/3 + 2·1/3) / 3 = 1/3
    IndexResult r =
        worked(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(Weights.fromModel().with("envoys", 0)));

    assertThat(r.dimensions().get("borders")).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.milestone("envoys").weight()).isZero();
    assertThat(r.milestone("envoys").contribution()).isZero();
  }

  @Test
  void explicitWeightsFromAMapKeepTheirOrder() {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put("railway", 3.0);
    map.put("flights", 1.0);
    Weights w = Weights.equal().with(map);

    assertThat(w.explicit().keySet()).containsExactly("railway", "flights");
    assertThat(w.base()).isEqualTo(Weights.Base.EQUAL);
    assertThat(w).isEqualTo(Weights.equal().with("railway", 3).with("flights", 1));
    assertThat(w).hasToString("equal, explicit {railway=3.0, flights=1.0}");
  }

  @Test
  void dimensionWeightsComeFromTheModelOrAreSetExplicitly() {
    // borders weighted 3, transport 1: (3·50 + 66.67) / 4
    ProcessModel weighted = Examples.worked();
    ProcessModel.Builder b = ProcessModel.builder("Worked example");
    b.dimension(new Dimension("borders", "Borders and people", 3, ""));
    b.dimension(weighted.dimension("transport"));
    weighted.milestones().forEach(b::milestone);
    weighted.sources().forEach(b::source);
    weighted.events().forEach(b::event);

    double fromModel = IndexMethod.legacy().evaluate(b.build(), Examples.AS_OF).value();
    double explicit =
        worked(
                IndexMethod.legacy().toBuilder()
                    .dimensionWeights(Weights.fromModel().with("borders", 3)))
            .value();

    assertThat(fromModel).isCloseTo((3 * BORDERS + TRANSPORT) / 4, within(1e-12));
    assertThat(explicit).isEqualTo(fromModel);
  }

  @Test
  void weightsInTheTotalSumToOne() {
    IndexResult r =
        worked(
            IndexMethod.legacy().toBuilder().dimensionWeights(Weights.equal().with("borders", 2)));

    double total = r.milestones().stream().mapToDouble(MilestoneScore::weight).sum();
    double borders =
        r.milestones().stream()
            .filter(s -> s.dimension().equals("borders"))
            .mapToDouble(MilestoneScore::weightInDimension)
            .sum();

    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(borders).isCloseTo(1, within(1e-12));
    assertThat(r.milestone("flights").weight()).isCloseTo(1 / 6.0, within(1e-12));
  }

  @Test
  void aDimensionWithoutMilestonesIsLeftOut() {
    ProcessModel m = Examples.workedBuilder().dimension(Dimension.of("energy", "Energy")).build();

    IndexResult r = IndexMethod.legacy().evaluate(m, Examples.AS_OF);

    assertThat(r.dimensions().keySet()).containsExactly("borders", "transport");
    assertThat(r.value())
        .isEqualTo(IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF).value());
  }

  static Stream<Arguments> badWeights() {
    Ahp borders = Ahp.ofJudgements(List.of("envoys", "crossing", "border-opening"), 1, 1, 1);
    return Stream.of(
        Arguments.of(
            (Supplier<Object>) () -> Weights.fromModel().with("envoys", Double.NaN),
            "weight of 'envoys' is NaN; a weight must be a finite number >= 0"),
        Arguments.of(
            (Supplier<Object>) () -> Weights.fromModel().with("envoys", -1),
            "weight of 'envoys' is -1.0; a weight must be a finite number >= 0"),
        Arguments.of(
            (Supplier<Object>) () -> Weights.fromModel().with("envoys", Double.POSITIVE_INFINITY),
            "weight of 'envoys' is Infinity; a weight must be a finite number >= 0"),
        Arguments.of(
            (Supplier<Object>) () -> Weights.fromModel().withAhp(borders).with("envoys", 2),
            "'envoys' has both an explicit weight and an AHP matrix; keep one"),
        Arguments.of(
            (Supplier<Object>) () -> Weights.fromModel().with("envoys", 2).withAhp(borders),
            "'envoys' has both an explicit weight and an AHP matrix; keep one"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    Weights.fromModel()
                        .withAhp(borders)
                        .withAhp(Ahp.ofJudgements(List.of("envoys", "flights"), 2)),
            "'envoys' is in two AHP matrices; an element belongs to at most one"));
  }

  @ParameterizedTest
  @MethodSource("badWeights")
  void badWeightsAreRefusedNamingTheValue(Supplier<Object> make, String message) {
    assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  static Stream<Arguments> weightsThatDoNotFitTheModel() {
    return Stream.of(
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(Weights.fromModel().with("raiway", 1)),
            "Milestone 'raiway' is not in model 'Worked example' (did you mean 'railway'?)"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(Weights.fromModel().with("Railway", 1)),
            "Milestone 'Railway' is not in model 'Worked example' (did you mean 'railway'?)"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .dimensionWeights(Weights.fromModel().with("transprt", 1)),
            "Dimension 'transprt' is not in model 'Worked example' (did you mean 'transport'?)"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(
                    Weights.fromModel()
                        .with("envoys", 0)
                        .with("crossing", 0)
                        .with("border-opening", 0)),
            "milestone weights of dimension 'borders' are all zero; give at least one of its"
                + " milestones a positive weight"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .dimensionWeights(Weights.fromModel().with("borders", 0).with("transport", 0)),
            "dimension weights are all zero; give at least one dimension a positive weight"),
        Arguments.of(
            IndexMethod.pam().toBuilder()
                .milestoneWeights(
                    Weights.equal()
                        .with(
                            Map.of(
                                "envoys", 0.0,
                                "crossing", 0.0,
                                "border-opening", 0.0,
                                "flights", 0.0,
                                "railway", 0.0))),
            "milestone weights are all zero; give at least one milestone a positive weight"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(
                    Weights.fromModel().withAhp(Ahp.ofJudgements(List.of("envoys", "flights"), 2))),
            "AHP matrix over [envoys, flights] mixes milestones of dimensions 'borders' and"
                + " 'transport'; compare the milestones of one dimension per matrix"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .milestoneWeights(
                    Weights.fromModel()
                        .withAhp(Ahp.ofJudgements(List.of("envoys", "crossing"), 2))),
            "AHP matrix over [envoys, crossing] leaves out milestone 'border-opening' of dimension"
                + " 'borders'; a matrix must compare every milestone of its dimension"),
        Arguments.of(
            IndexMethod.pam().toBuilder()
                .milestoneWeights(
                    Weights.fromModel()
                        .withAhp(Ahp.ofJudgements(List.of("envoys", "crossing"), 2))),
            "AHP matrix over [envoys, crossing] leaves out milestone 'border-opening'; with pooled"
                + " dimensions a matrix must compare every milestone"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .dimensionWeights(
                    Weights.fromModel().withAhp(Ahp.of(List.of("borders"), new double[][] {{1}}))),
            "AHP matrix over [borders] leaves out dimension 'transport'; a matrix of dimension"
                + " weights must compare every dimension"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .dimensionWeights(
                    Weights.fromModel()
                        .withAhp(Ahp.of(List.of("borders"), new double[][] {{1}}))
                        .withAhp(Ahp.of(List.of("transport"), new double[][] {{1}}))),
            "dimension weights take one AHP matrix; got 2"),
        Arguments.of(
            IndexMethod.legacy().toBuilder()
                .dimensionWeights(
                    Weights.fromModel()
                        .withAhp(Ahp.ofJudgements(List.of("borders", "transprt"), 2))),
            "Dimension 'transprt' is not in model 'Worked example' (did you mean 'transport'?)"));
  }

  @ParameterizedTest
  @MethodSource("weightsThatDoNotFitTheModel")
  void weightsThatDoNotFitTheModelAreRefusedAtEvaluation(IndexMethod.Builder b, String message) {
    IndexMethod m = b.build();

    assertThatThrownBy(() -> m.evaluate(Examples.worked(), Examples.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> m.prepare(Examples.worked()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aModelWithoutMilestonesHasNoIndex() {
    ProcessModel empty = ProcessModel.builder("Empty").build();

    assertThatThrownBy(() -> IndexMethod.legacy().evaluate(empty, Examples.AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model 'Empty' has no milestones; the index needs at least one");
  }

  @Test
  void aZeroWeightMilestoneDoesNotCount() {
    // a is COMPLETED, b (weight 0) has not started: b changes nothing, even for the weakest link.
    ProcessModel m =
        ProcessModel.builder("Zero")
            .dimension(Dimension.of("all", "All"))
            .milestone(Milestone.builder("a", "A", "all").build())
            .milestone(Milestone.builder("b", "B", "all").weight(0).build())
            .source(new io.github.thaw.model.Source("s1", "", "", null, ""))
            .event(Examples.status("2020-01-01", "a", io.github.thaw.model.Status.COMPLETED, "s1"))
            .build();

    for (Aggregation a : Aggregation.values()) {
      IndexResult r =
          IndexMethod.legacy().toBuilder().aggregation(a).build().evaluate(m, Examples.AS_OF);

      assertThat(r.milestone("b").weight()).isZero();
      assertThat(r.value()).as("%s", a).isEqualTo(100);
    }
  }
}
