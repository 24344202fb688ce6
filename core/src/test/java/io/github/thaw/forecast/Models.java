package io.github.thaw.forecast;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small models for forecast tests, built in code. */
final class Models {
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private Models() {}

  /** A builder with one dimension and one source, dated {@link #AS_OF}. */
  static ProcessModel.Builder builder() {
    return ProcessModel.builder("Test")
        .asOf(PartialDate.of(AS_OF))
        .dimension(Dimension.of("d", "D"))
        .source(new Source("s", "Outlet", "Title", null, "s.txt"));
  }

  static Milestone milestone(String id, List<String> requires, List<String> influencedBy) {
    return Milestone.builder(id, id, "d")
        .requires(requires.stream().map(MilestoneId::of).toList())
        .influencedBy(influencedBy.stream().map(MilestoneId::of).toList())
        .build();
  }

  static Event status(String date, String milestone, Status status) {
    return Event.status(PartialDate.parse(date), milestone, status, List.of("s"), "");
  }

  /**
   * A duration of about {@code months} months: a triangular of width ±0.01 month (about ±0.3 day),
   * so that every path takes the same time to the day and dates can be checked exactly.
   */
  static StepDuration about(double months) {
    return StepDuration.triangular(months - 0.01, months, months + 0.01);
  }

  /** {@link #builder()} with milestones a and b, where b requires a. */
  static ProcessModel.Builder bRequiresA() {
    return builder()
        .milestone(milestone("a", List.of(), List.of()))
        .milestone(milestone("b", List.of("a"), List.of()));
  }

  /** {@link #builder()} with milestones a and b, where b is influenced by a. */
  static ProcessModel.Builder bInfluencedByA() {
    return builder()
        .milestone(milestone("a", List.of(), List.of()))
        .milestone(milestone("b", List.of(), List.of("a")));
  }

  /** One milestone, not started, with no history. */
  static ProcessModel single() {
    return builder().milestone(milestone("a", List.of(), List.of())).build();
  }

  /**
   * A random acyclic model: milestone i depends on up to three earlier ones, hard or soft, and
   * starts at a random status no further than its hard prerequisites'.
   */
  static ProcessModel random(int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProcessModel.Builder b = builder();
    int[] level = new int[size];
    for (int i = 0; i < size; i++) {
      List<String> hard = new ArrayList<>();
      List<String> soft = new ArrayList<>();
      int cap = 3;
      for (int k = 0; k < 3 && i > 0; k++) {
        int q = r.nextInt(i);
        String id = "m" + q;
        if (hard.contains(id) || soft.contains(id)) {
          continue;
        }
        if (r.nextBoolean()) {
          hard.add(id);
          cap = Math.min(cap, level[q]);
        } else {
          soft.add(id);
        }
      }
      b.milestone(milestone("m" + i, hard, soft));
      level[i] = r.nextInt(cap + 1);
      if (level[i] > 0) {
        b.event(status("2024-06-01", "m" + i, Status.ofLevel(level[i])));
      }
    }
    return b.build();
  }
}
