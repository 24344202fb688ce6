package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AhpTest {
  /**
   * Saaty's house-buying example: the criteria matrix of T. L. Saaty, "How to make a decision: The
   * Analytic Hierarchy Process", European Journal of Operational Research 48 (1990) 9–26, which
   * reports the weights below, λmax = 9.669, C.I. = 0.238 and C.R. = 0.169.
   */
  static final List<String> HOUSE =
      List.of(
          "size",
          "transport",
          "neighbourhood",
          "age",
          "yard",
          "facilities",
          "condition",
          "financing");

  static final double[][] HOUSE_MATRIX = {
    {1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0},
    {1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0},
    {1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0},
    {1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0},
    {1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0},
    {1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0},
    {3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0},
    {4, 7, 5, 8, 6, 6, 2, 1}
  };

  @Test
  void saatysHouseExampleGivesThePublishedWeightsAndConsistency() {
    Ahp house = Ahp.of(HOUSE, HOUSE_MATRIX);

    assertThat(house.weights())
        .containsExactly(
            new double[] {0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333}, within(0.0005));
    assertThat(house.lambdaMax()).isCloseTo(9.669, within(0.0005));
    assertThat(house.consistencyIndex()).isCloseTo(0.238, within(0.0005));
    assertThat(house.randomIndex()).isEqualTo(1.41);
    assertThat(house.consistencyRatio()).isCloseTo(0.169, within(0.0005));
    assertThat(house.isConsistent()).isFalse();
  }

  /**
   * Saaty's drinks example: which drink is consumed more in the U.S., from T. L. Saaty, "Decision
   * making with the analytic hierarchy process", International Journal of Services Sciences 1
   * (2008) 83–98, whose derived weights are .177, .019, .042, .116, .190, .129, .327.
   */
  @Test
  void saatysDrinksExampleGivesThePublishedWeights() {
    Ahp drinks =
        Ahp.of(
            List.of("coffee", "wine", "tea", "beer", "sodas", "milk", "water"),
            new double[][] {
              {1, 9, 5, 2, 1, 1, 1 / 2.0},
              {1 / 9.0, 1, 1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0},
              {1 / 5.0, 3, 1, 1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0},
              {1 / 2.0, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
              {1, 9, 4, 2, 1, 2, 1 / 2.0},
              {1, 9, 3, 1, 1 / 2.0, 1, 1 / 3.0},
              {2, 9, 9, 3, 2, 3, 1}
            });

    assertThat(drinks.weights())
        .containsExactly(
            new double[] {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327}, within(0.0005));
    assertThat(drinks.weight("water")).isCloseTo(0.327, within(0.0005));
    assertThat(drinks.isConsistent()).isTrue();
    assertThat(drinks.consistencyRatio()).isBetween(0.0, 0.10);
  }

  @Test
  void aConsistentMatrixGivesBackItsWeightsWithLambdaN() {
    double[] w = {0.5, 0.3, 0.2};
    double[][] a = new double[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        a[i][j] = w[i] / w[j];
      }
    }

    Ahp ahp = Ahp.of(List.of("a", "b", "c"), a);

    assertThat(ahp.weights()).containsExactly(w, within(1e-12));
    assertThat(ahp.lambdaMax()).isCloseTo(3, within(1e-12));
    assertThat(ahp.consistencyRatio()).isCloseTo(0, within(1e-12));
  }

  @Test
  void smallMatricesAreAlwaysConsistent() {
    Ahp one = Ahp.of(List.of("a"), new double[][] {{1}});
    Ahp two = Ahp.ofJudgements(List.of("a", "b"), 3);

    assertThat(one.weights()).containsExactly(1.0);
    assertThat(one.consistencyRatio()).isZero();
    assertThat(two.weights()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
    assertThat(two.consistencyRatio()).isZero();
    assertThat(two.randomIndex()).isZero();
  }

  @Test
  void saatysRandomIndex() {
    assertThat(Ahp.randomIndex(1)).isZero();
    assertThat(Ahp.randomIndex(2)).isZero();
    double[] published = {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    for (int n = 3; n <= 10; n++) {
      assertThat(Ahp.randomIndex(n)).isEqualTo(published[n - 3]);
    }
  }

  @Test
  void judgementsAboveTheDiagonalMakeTheWholeMatrix() {
    Ahp fromJudgements = Ahp.ofJudgements(List.of("a", "b", "c"), 3, 5, 2);
    Ahp full =
        Ahp.of(
            List.of("a", "b", "c"),
            new double[][] {{1, 3, 5}, {1 / 3.0, 1, 2}, {1 / 5.0, 1 / 2.0, 1}});

    assertThat(fromJudgements).isEqualTo(full).hasSameHashCodeAs(full);
    assertThat(fromJudgements.matrix()[2][0]).isEqualTo(1 / 5.0);
    assertThat(fromJudgements.labels()).containsExactly("a", "b", "c");
    assertThat(fromJudgements.size()).isEqualTo(3);
    assertThat(fromJudgements.toString()).startsWith("AHP[a, b, c]: weights 0.648, 0.230, 0.122");
  }

  @Test
  void aThirdMayBeWrittenWithThreeDecimals() {
    Ahp rounded = Ahp.of(List.of("a", "b"), new double[][] {{1, 3}, {0.333, 1}});

    assertThat(rounded.weights()[0]).isCloseTo(0.75, within(1e-3));
  }

  @Test
  void anInconsistentMatrixIsRefusedUnlessAccepted() {
    Ahp house = Ahp.of(HOUSE, HOUSE_MATRIX);

    assertThatThrownBy(() -> Weights.equal().withAhp(house))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AHP matrix over [size, transport, neighbourhood, age, yard, facilities, condition,"
                + " financing] has consistency ratio 0.169, above 0.10; revise the judgements, or"
                + " call acceptInconsistency() to use it anyway");

    Ahp accepted = house.acceptInconsistency();
    assertThat(accepted.inconsistencyAccepted()).isTrue();
    assertThat(house.inconsistencyAccepted()).isFalse();
    assertThat(Weights.equal().withAhp(accepted).ahp()).containsExactly(accepted);
    assertThat(accepted.toString()).endsWith("CR 0.169 (inconsistency accepted)");
  }

  static Stream<Arguments> badMatrices() {
    List<String> ab = List.of("a", "b");
    return Stream.of(
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(List.of(), new double[0][]),
            "an AHP matrix compares 1 to 10 elements (Saaty's random index is published up to"
                + " 10); got 0"),
        Arguments.of(
            (Supplier<Ahp>)
                () ->
                    Ahp.ofJudgements(
                        List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                        new double[55]),
            "an AHP matrix compares 1 to 10 elements (Saaty's random index is published up to"
                + " 10); got 11"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(List.of("a", "a"), new double[][] {{1, 1}, {1, 1}}),
            "AHP label 'a' appears twice"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 1}}),
            "AHP matrix has 1 rows for 2 labels; it needs one row per label"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 1}, {1}}),
            "AHP matrix row 1 ('b') has 1 entries; expected 2"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, -2}, {-0.5, 1}}),
            "AHP matrix entry [0][1] ('a' over 'b') is -2.0; every entry must be a finite number"
                + " > 0"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 0}, {1, 1}}),
            "AHP matrix entry [0][1] ('a' over 'b') is 0.0; every entry must be a finite number >"
                + " 0"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 1}, {Double.NaN, 1}}),
            "AHP matrix entry [1][0] ('b' over 'a') is NaN; every entry must be a finite number >"
                + " 0"),
        Arguments.of(
            (Supplier<Ahp>)
                () -> Ahp.of(ab, new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 1}}),
            "AHP matrix entry [0][1] ('a' over 'b') is Infinity; every entry must be a finite"
                + " number > 0"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 1}, {1, 2}}),
            "AHP matrix entry [1][1] ('b' over 'b') is 2.0; the diagonal must be 1"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 3}, {0.5, 1}}),
            "AHP matrix is not reciprocal: [0][1] ('a' over 'b') is 3.0 but [1][0] is 0.5; it"
                + " must be 1/3.0 within 1%"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.of(ab, new double[][] {{1, 3}, {0.3, 1}}),
            "AHP matrix is not reciprocal: [0][1] ('a' over 'b') is 3.0 but [1][0] is 0.3; it"
                + " must be 1/3.0 within 1%"),
        Arguments.of(
            (Supplier<Ahp>) () -> Ahp.ofJudgements(List.of("a", "b", "c"), 3, 5),
            "3 labels need 3 judgements above the diagonal; got 2"));
  }

  @ParameterizedTest
  @MethodSource("badMatrices")
  void badMatricesAreRefusedNamingTheEntry(Supplier<Ahp> make, String message) {
    assertThatThrownBy(make::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void askingForALabelNotComparedNamesTheMatrix() {
    Ahp ab = Ahp.ofJudgements(List.of("a", "b"), 2);

    assertThatThrownBy(() -> ab.weight("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'x' is not compared in AHP matrix [a, b]");
    assertThatThrownBy(() -> Ahp.randomIndex(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an AHP matrix compares 1 to 10 elements (Saaty's random index is published up to"
                + " 10); got 11");
  }

  @Test
  void ahpWeighsDimensionsInTheIndex() {
    // Borders judged 3 times as important as transport: weights 3/4 and 1/4.
    // Worked example: 0.75 · 50 + 0.25 · 66.67 = 54.17.
    Ahp dims = Ahp.ofJudgements(List.of("borders", "transport"), 3);
    IndexMethod m =
        IndexMethod.legacy().toBuilder()
            .dimensionWeights(Weights.fromModel().withAhp(dims))
            .build();

    IndexResult r = m.evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.value()).isCloseTo(0.75 * 50 + 0.25 * 200 / 3.0, within(1e-9));
  }

  @Test
  void ahpWeighsTheMilestonesOfADimension() {
    // Consistent judgements for weights 0.5, 0.3, 0.2 over envoys, crossing, border-opening:
    // borders = 0.5·1 + 0.3·(1/3) + 0.2·(1/3) = 2/3.
    Ahp borders =
        Ahp.ofJudgements(
            List.of("envoys", "crossing", "border-opening"), 5 / 3.0, 5 / 2.0, 3 / 2.0);
    IndexMethod m =
        IndexMethod.legacy().toBuilder()
            .milestoneWeights(Weights.fromModel().withAhp(borders))
            .build();

    IndexResult r = m.evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.dimensions().get("borders")).isCloseTo(200 / 3.0, within(1e-9));
    assertThat(r.milestone("envoys").weightInDimension()).isCloseTo(0.5, within(1e-12));
    assertThat(r.milestone("flights").weightInDimension()).isEqualTo(0.5);
  }
}
