package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Reliability;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The robustness analysis reads counted statuses once per combination of evidence choices and date
 * and aggregates each variant over arrays; here every value it gives is compared, as a double, with
 * the straightforward evaluation of the variant's method ({@code variant(x).evaluate(model, date)})
 * on random models with weights, context, partial dates, graded sources, disputes and prerequisites
 * declared in either order.
 */
class RobustnessFastPathTest {
  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

  /** A random model: 1–4 dimensions (some unscored), 1–60 milestones, 0–3 reports each. */
  static ProcessModel random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProcessModel.Builder b = ProcessModel.builder("Random " + seed);
    int dims = 1 + r.nextInt(4);
    for (int d = 0; d < dims; d++) {
      boolean scored = d == 0 || r.nextInt(4) > 0;
      b.dimension(new Dimension("d" + d, "D" + d, 0.25 + 3 * r.nextDouble(), "", scored));
    }
    Reliability[] grades = Reliability.values();
    int sources = 1 + r.nextInt(4);
    for (int s = 0; s < sources; s++) {
      b.source(Source.builder("s" + s).reliability(grades[r.nextInt(grades.length)]).build());
    }
    int size = 1 + r.nextInt(60);
    boolean backward = r.nextBoolean();
    boolean[] weighted = new boolean[dims];
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // Milestone 0 is scored, weighted and in the scored dimension d0, so every variant is
      // defined.
      int d = i == 0 ? 0 : r.nextInt(dims);
      // A weight of 0 only where the dimension already has a positive one.
      double weight = weighted[d] && r.nextInt(6) == 0 ? 0 : 0.1 + 4 * r.nextDouble();
      weighted[d] = true;
      Milestone.Builder m =
          Milestone.builder("m" + i, "M" + i, "d" + d)
              .weight(weight)
              .scored(i == 0 || r.nextInt(5) > 0);
      boolean room = backward ? i < size - 1 : i > 0;
      if (room && r.nextInt(3) > 0) {
        // Prerequisites point to earlier milestones, or (declared backwards) to later ones.
        int target = backward ? i + 1 + r.nextInt(size - 1 - i) : r.nextInt(i);
        m.requires(List.of(MilestoneId.of("m" + target)));
      }
      b.milestone(m.build());
      int reports = r.nextInt(4);
      for (int k = 0; k < reports; k++) {
        LocalDate day = FIRST.plusDays(r.nextInt(8 * 365));
        PartialDate date =
            switch (r.nextInt(3)) {
              case 0 -> PartialDate.of(day);
              case 1 -> PartialDate.ofMonth(day.getYear(), day.getMonthValue());
              default -> PartialDate.ofYear(day.getYear());
            };
        events.add(
            Event.status(
                date,
                "m" + i,
                Status.values()[r.nextInt(4)],
                List.of("s" + r.nextInt(sources)),
                ""));
      }
    }
    events.forEach(b::event);
    return b.build();
  }

  @Test
  void everyVariantValueEqualsTheStraightforwardEvaluation() {
    SplittableRandom r = new SplittableRandom(2026);
    int compared = 0;
    int distinct = 0;
    for (int t = 0; t < 60; t++) {
      ProcessModel model = random(r.nextLong());
      IndexRobustness analysis = IndexRobustness.of(model, LocalDate.of(2025, 9, 30));
      IndexRobustness.Variants fast = analysis.new Variants();
      double[] x = new double[IndexRobustness.FACTORS.size()];
      double first = Double.NaN;
      for (int v = 0; v < 40; v++) {
        for (int i = 0; i < x.length; i++) {
          x[i] = r.nextDouble();
        }
        for (int k = 0; k < 3; k++) {
          LocalDate date = FIRST.plusDays(r.nextInt(9 * 365));
          double slow = analysis.variant(x).evaluate(model, date).value();
          assertThat(fast.value(x, date.toEpochDay()))
              .as("model %d, variant %s, %s", t, java.util.Arrays.toString(x), date)
              .isEqualTo(slow);
          compared++;
          if (Double.isNaN(first)) {
            first = slow;
          } else if (slow != first) {
            distinct++;
          }
        }
      }
    }
    assertThat(compared).isEqualTo(60 * 40 * 3);
    // The comparison is not vacuous: the variants' values differ.
    assertThat(distinct).isGreaterThan(compared / 2);
  }

  @Test
  void theAnalysisIsUnchangedByTheFastPath() {
    // The whole analysis against its straightforward counterpart on one random model: the spread
    // of values at the date and of the change both come from the same doubles.
    ProcessModel model = random(7);
    IndexRobustness analysis =
        IndexRobustness.of(model, LocalDate.of(2024, 6, 30))
            .change(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 6, 30));
    RobustnessResult result = analysis.analyze(64, 5);
    double[] a = new double[64 * 9];
    double[] b = new double[64 * 9];
    SaltelliDesign.fill(Sampling.SCRAMBLED_SOBOL, 64, 9, 5, a, b);
    double[] values = new double[128];
    double[] x = new double[9];
    for (int j = 0; j < 128; j++) {
      System.arraycopy(j < 64 ? a : b, (j % 64) * 9, x, 0, 9);
      values[j] = analysis.variant(x).evaluate(model, LocalDate.of(2024, 6, 30)).value();
    }
    java.util.Arrays.sort(values);
    assertThat(result.value().min()).isEqualTo(values[0]);
    assertThat(result.value().max()).isEqualTo(values[127]);
    assertThat(result.value().p50()).isEqualTo(IndexRobustness.quantile(values, 0.5));
  }
}
