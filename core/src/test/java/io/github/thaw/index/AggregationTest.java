package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.model.ProcessModel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AggregationTest {
  private static final double C = Aggregation.GEOMETRIC_SHIFT;

  private static double value(Aggregation a, int... levels) {
    return IndexMethod.legacy().toBuilder()
        .aggregation(a)
        .build()
        .evaluate(Examples.levels(levels), Examples.AS_OF)
        .value();
  }

  @Test
  void arithmeticIsTheWeightedMean() {
    // (1 + 1/3 + 0) / 3 = 4/9
    assertThat(value(Aggregation.ARITHMETIC, 3, 1, 0)).isCloseTo(400 / 9.0, within(1e-12));
  }

  @Test
  void geometricOfAllZerosIsZeroAndOfAllOnesIsOneHundred() {
    assertThat(value(Aggregation.GEOMETRIC, 0, 0, 0)).isEqualTo(0);
    assertThat(value(Aggregation.GEOMETRIC, 3, 3, 3)).isEqualTo(100);
    assertThat(value(Aggregation.GEOMETRIC, 2, 2)).isEqualTo(200 / 3.0);
  }

  @Test
  void aZeroPullsTheGeometricMeanDownWithoutAnnihilatingIt() {
    // sqrt((1 + c)·(0 + c)) − c with c = 1/99: sqrt(100/99 · 1/99) − 1/99 = 10/99 − 1/99 = 1/11.
    // A plain geometric mean would give 0; the arithmetic mean gives 50.
    assertThat(value(Aggregation.GEOMETRIC, 3, 0)).isCloseTo(100 / 11.0, within(1e-12));
  }

  @Test
  void theShiftEqualsRescalingOntoOneToOneHundredBeforeTheGeometricMean() {
    // COINr's advice for geometric means: normalise onto [1, 100] first. Same result.
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      int[] levels = new int[1 + random.nextInt(6)];
      double logSum = 0;
      for (int i = 0; i < levels.length; i++) {
        levels[i] = random.nextInt(4);
        logSum += Math.log(1 + 99 * (levels[i] / 3.0));
      }
      double rescaled = (Math.exp(logSum / levels.length) - 1) / 99 * 100;

      assertThat(value(Aggregation.GEOMETRIC, levels)).isCloseTo(rescaled, within(1e-9));
    }
  }

  @Test
  void weakestLinkIsTheLeastAdvancedMilestone() {
    assertThat(value(Aggregation.WEAKEST_LINK, 3, 2, 1)).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(value(Aggregation.WEAKEST_LINK, 3, 3, 0)).isZero();
  }

  @Test
  void compensability() {
    // One milestone done and one not started, against all half-way: the arithmetic mean lets the
    // completed milestone make up for the missing one, the geometric mean only partly, the weakest
    // link not at all.
    double[] uneven = {
      value(Aggregation.ARITHMETIC, 3, 3, 0),
      value(Aggregation.GEOMETRIC, 3, 3, 0),
      value(Aggregation.WEAKEST_LINK, 3, 3, 0)
    };
    double[] even = {
      value(Aggregation.ARITHMETIC, 2, 2, 2),
      value(Aggregation.GEOMETRIC, 2, 2, 2),
      value(Aggregation.WEAKEST_LINK, 2, 2, 2)
    };

    assertThat(uneven[0]).isCloseTo(even[0], within(1e-12));
    assertThat(uneven[1]).isLessThan(even[1]).isGreaterThan(0);
    assertThat(uneven[2]).isZero();
    assertThat(even[2]).isCloseTo(200 / 3.0, within(1e-12));
    assertThat(uneven[1]).isLessThan(uneven[0]);
  }

  @Test
  void workedExampleUnderGeometricMeansAtBothLevels() {
    // borders: weights 1, 1, 2 over scores 1, 1/3, 1/3 (border-opening capped)
    double borders = Math.pow(1 + C, 0.25) * Math.pow(1 / 3.0 + C, 0.75) - C;
    // transport: weights 1, 1 over scores 1, 1/3
    double transport = Math.sqrt((1 + C) * (1 / 3.0 + C)) - C;
    double total = Math.sqrt((borders + C) * (transport + C)) - C;

    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .aggregation(Aggregation.GEOMETRIC)
            .build()
            .evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.dimensions().get("borders")).isCloseTo(100 * borders, within(1e-9));
    assertThat(r.dimensions().get("transport")).isCloseTo(100 * transport, within(1e-9));
    assertThat(r.value()).isCloseTo(100 * total, within(1e-9));
    assertThat(r.value()).isCloseTo(50.46, within(0.005));
  }

  @Test
  void workedExampleUnderWeakestLinks() {
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .aggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.dimensions().get("borders")).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.dimensions().get("transport")).isCloseTo(100 / 3.0, within(1e-12));
    assertThat(r.value()).isCloseTo(100 / 3.0, within(1e-12));
  }

  @Test
  void eachLevelHasItsOwnAggregation() {
    // Arithmetic within dimensions (50 and 66.67), weakest link across them: 50.
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .milestoneAggregation(Aggregation.ARITHMETIC)
            .dimensionAggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.value()).isEqualTo(50);
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void contributionsAddUpToTheValue(Aggregation inside) {
    for (Aggregation across : Aggregation.values()) {
      IndexResult r =
          IndexMethod.legacy().toBuilder()
              .milestoneAggregation(inside)
              .dimensionAggregation(across)
              .build()
              .evaluate(Examples.worked(), Examples.AS_OF);

      double sum = r.milestones().stream().mapToDouble(MilestoneScore::contribution).sum();

      assertThat(sum).as("%s within, %s across", inside, across).isCloseTo(r.value(), within(1e-9));
      assertThat(r.milestones()).allSatisfy(s -> assertThat(s.contribution()).isNotNegative());
    }
  }

  @Test
  void arithmeticContributionIsWeightTimesScore() {
    // Contribution = 100 × weight in total × counted score.
    IndexResult r = IndexMethod.legacy().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.milestone("envoys").contribution()).isCloseTo(12.5, within(1e-12));
    assertThat(r.milestone("crossing").contribution()).isCloseTo(100 / 24.0, within(1e-12));
    assertThat(r.milestone("border-opening").contribution()).isCloseTo(100 / 12.0, within(1e-12));
    assertThat(r.milestone("flights").contribution()).isCloseTo(25, within(1e-12));
    assertThat(r.milestone("railway").contribution()).isCloseTo(100 / 12.0, within(1e-12));
  }

  @Test
  void weakestLinkContributionBelongsToTheBindingMilestones() {
    // levels 3, 1, 1: the two AGREED milestones set the value and share it equally.
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .aggregation(Aggregation.WEAKEST_LINK)
            .build()
            .evaluate(Examples.levels(3, 1, 1), Examples.AS_OF);

    assertThat(r.milestone("m0").contribution()).isZero();
    assertThat(r.milestone("m1").contribution()).isCloseTo(r.value() / 2, within(1e-12));
    assertThat(r.milestone("m2").contribution()).isCloseTo(r.value() / 2, within(1e-12));
  }

  @Test
  void geometricContributionIsTheShareOfTheLogGain() {
    // levels 3, 1: gains ln((1 + c)/c) and ln((1/3 + c)/c) split the value.
    ProcessModel m = Examples.levels(3, 1);
    IndexResult r =
        IndexMethod.legacy().toBuilder()
            .aggregation(Aggregation.GEOMETRIC)
            .build()
            .evaluate(m, Examples.AS_OF);
    double g0 = Math.log((1 + C) / C);
    double g1 = Math.log((1 / 3.0 + C) / C);

    assertThat(r.milestone("m0").contribution())
        .isCloseTo(r.value() * g0 / (g0 + g1), within(1e-9));
    assertThat(r.milestone("m1").contribution())
        .isCloseTo(r.value() * g1 / (g0 + g1), within(1e-9));
  }

  @Test
  void aMilestoneNotStartedContributesNothing() {
    for (Aggregation a : Aggregation.values()) {
      IndexResult r =
          IndexMethod.legacy().toBuilder()
              .aggregation(a)
              .build()
              .evaluate(Examples.levels(3, 0), Examples.AS_OF);

      assertThat(r.milestone("m1").contribution()).as("%s", a).isZero();
    }
  }
}
