package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.internal.SharedSecrets;
import io.github.thaw.internal.index.LevelEvaluator;
import io.github.thaw.internal.index.Plan;
import io.github.thaw.model.ProcessModel;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The forecast's level-based index agrees with the index computed from events. */
class LevelEvaluatorTest {
  private static final LocalDate DATE = LocalDate.of(2024, 6, 30);

  /** An evaluator as the forecast makes one: the method resolved through the hatch. */
  static LevelEvaluator evaluator(IndexMethod method, ProcessModel model) {
    return new LevelEvaluator(new Plan(model, SharedSecrets.engineSpec(method, model)));
  }

  /** The statuses an evaluation counts, as levels in declaration order. */
  private static int[] counted(IndexResult r) {
    List<MilestoneScore> scores = r.milestones();
    int[] out = new int[scores.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores.get(i).counted().level();
    }
    return out;
  }

  @Test
  void fedTheCountedStatusesItGivesTheIndexOfEveryMethod() {
    for (long seed = 1; seed <= 40; seed++) {
      ProcessModel model = RandomModels.generate(seed, 3 + (int) (seed % 17));
      for (IndexMethod method : Methods.all()) {
        IndexResult expected;
        try {
          expected = method.evaluate(model, DATE);
        } catch (IllegalArgumentException e) {
          continue; // the method does not fit this model (an AHP over other labels)
        }
        LevelEvaluator index = evaluator(method, model);
        index.initialise(counted(expected));
        assertThat(index.value())
            .as("seed %d, %s", seed, method)
            .isCloseTo(expected.value(), within(1e-9));
      }
    }
  }

  @Test
  void incrementalChangesEndWhereAFreshStartWould() {
    SplittableRandom random = new SplittableRandom(3);
    for (long seed = 1; seed <= 20; seed++) {
      ProcessModel model = RandomModels.generate(seed, 12);
      for (IndexMethod method : Methods.all()) {
        LevelEvaluator moving;
        try {
          moving = evaluator(method, model);
        } catch (IllegalArgumentException e) {
          continue;
        }
        int n = model.milestones().size();
        int[] levels = new int[n];
        moving.initialise(levels);
        for (int step = 0; step < 50; step++) {
          int m = random.nextInt(n);
          levels[m] = random.nextInt(4);
          moving.set(m, levels[m]);
        }
        LevelEvaluator fresh = evaluator(method, model);
        fresh.initialise(levels);
        assertThat(moving.value()).isCloseTo(fresh.value(), within(1e-9));
        moving.restore();
        fresh.initialise(new int[n]);
        assertThat(moving.value()).isEqualTo(fresh.value());
      }
    }
  }

  @Test
  void aLinearIndexIsTheSumOfItsShares() {
    SplittableRandom random = new SplittableRandom(5);
    int linear = 0;
    for (long seed = 1; seed <= 20; seed++) {
      ProcessModel model = RandomModels.generate(seed, 15);
      for (IndexMethod method : Methods.all()) {
        LevelEvaluator index;
        try {
          index = evaluator(method, model);
        } catch (IllegalArgumentException e) {
          continue;
        }
        boolean arithmetic =
            method.milestoneAggregation() == Aggregation.ARITHMETIC
                && (method.structure() == Structure.POOLED
                    || method.dimensionAggregation() == Aggregation.ARITHMETIC);
        double[] shares = index.linearShares();
        assertThat(shares != null).as(method.toString()).isEqualTo(arithmetic);
        if (shares == null) {
          continue;
        }
        linear++;
        int[] levels = random.ints(model.milestones().size(), 0, 4).toArray();
        index.initialise(levels);
        double sum = 0;
        for (int m = 0; m < levels.length; m++) {
          sum += shares[4 * m + levels[m]];
        }
        assertThat(sum).isCloseTo(index.value(), within(1e-9));
      }
    }
    assertThat(linear).isPositive();
  }
}
