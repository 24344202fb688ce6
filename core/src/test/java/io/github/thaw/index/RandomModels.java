package io.github.thaw.index;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random acyclic models for property tests: milestones depend (hard or soft) only on milestones
 * declared before them, so the graph is acyclic; events come from a small pool of sources on random
 * dates of day, month or year precision, so sources often disagree and reports often share a date.
 */
public final class RandomModels {
  public static final int SOURCES = 4;

  private RandomModels() {}

  public static ProcessModel generate(long seed, int milestones) {
    SplittableRandom random = new SplittableRandom(seed);
    int dimensions = 1 + random.nextInt(3);
    ProcessModel.Builder b = ProcessModel.builder("Random " + seed);
    for (int d = 0; d < dimensions; d++) {
      b.dimension(new Dimension("d" + d, "Dimension " + d, random.nextInt(4) == 0 ? 2 : 1, ""));
    }
    for (int s = 0; s < SOURCES; s++) {
      b.source(new Source("s" + s, "", "", null, ""));
    }
    boolean[] dimensionHasWeight = new boolean[dimensions];
    for (int i = 0; i < milestones; i++) {
      int d = random.nextInt(dimensions);
      Milestone.Builder m = Milestone.builder("m" + i, "Milestone " + i, "d" + d);
      // A few zero weights, but every dimension keeps one positive weight.
      double weight = dimensionHasWeight[d] && random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
      dimensionHasWeight[d] |= weight > 0;
      m.weight(weight);
      for (int j = 0; j < i; j++) {
        int roll = random.nextInt(Math.max(4, i));
        if (roll == 0) {
          m.requires("m" + j);
        } else if (roll == 1) {
          m.influencedBy("m" + j);
        }
      }
      b.milestone(m.build());
      int events = random.nextInt(4);
      for (int e = 0; e < events; e++) {
        b.event(randomEvent(random, "m" + i));
      }
    }
    if (random.nextBoolean()) {
      b.event(Event.context(PartialDate.ofYear(2021), List.of("s0"), "A summit."));
    }
    return b.build();
  }

  private static Event randomEvent(SplittableRandom random, String milestone) {
    int year = 2020 + random.nextInt(5);
    int month = 1 + random.nextInt(12);
    PartialDate date =
        switch (random.nextInt(4)) {
          case 0 -> PartialDate.ofYear(year);
          case 1 -> PartialDate.ofMonth(year, month);
          default -> new PartialDate(year, month, 1 + random.nextInt(28));
        };
    List<String> sources = new ArrayList<>();
    sources.add("s" + random.nextInt(SOURCES));
    if (random.nextInt(4) == 0) {
      String other = "s" + random.nextInt(SOURCES);
      if (!sources.contains(other)) {
        sources.add(other);
      }
    }
    return Event.status(date, milestone, Status.ofLevel(random.nextInt(4)), sources, "");
  }

  /** The same model with its milestones declared in a shuffled order. */
  public static ProcessModel shuffled(ProcessModel model, long seed) {
    List<Milestone> milestones = new ArrayList<>(model.milestones());
    Collections.shuffle(milestones, new java.util.Random(seed));
    ProcessModel.Builder b = ProcessModel.builder(model.name());
    model.dimensions().forEach(b::dimension);
    milestones.forEach(b::milestone);
    model.sources().forEach(b::source);
    model.events().forEach(b::event);
    return b.build();
  }
}
