package io.github.thaw.benchmarks;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Models for the benchmarks, built in code and deterministic for a given seed. */
public final class Models {
  /** The first day random events may fall on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  /** The last day random events may fall on. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  private static final int DIMENSIONS = 8;
  private static final int SOURCES = 1000;
  private static final List<Optional<Status>> STATUS =
      List.of(
          Optional.of(Status.NOT_STARTED),
          Optional.of(Status.AGREED),
          Optional.of(Status.IN_PROGRESS),
          Optional.of(Status.COMPLETED));

  private Models() {}

  /**
   * A random acyclic model. Every milestone after the first depends on one or two earlier ones (1.6
   * on average, hard or soft with equal odds; half of them among the 64 declared just before, half
   * anywhere earlier), and has 0 to 2 status events (1.2 on average) on random days between 2015
   * and 2025, each with a random status from one of 1,000 sources, so that a milestone with two
   * reports is often disputed.
   *
   * @param milestones the number of milestones
   * @param seed the seed
   * @return the model
   */
  public static ProcessModel random(int milestones, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ProcessModel.Builder b = ProcessModel.builder("Random " + milestones);
    for (int d = 0; d < DIMENSIONS; d++) {
      b.dimension(Dimension.of("d" + d, "Dimension " + d));
    }
    List<List<String>> cited = new ArrayList<>(SOURCES);
    for (int s = 0; s < SOURCES; s++) {
      b.source(new Source("s" + s, "Outlet", "Report", null, ""));
      cited.add(List.of("s" + s));
    }
    Map<Long, PartialDate> dates = new HashMap<>();
    int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    MilestoneId[] ids = new MilestoneId[milestones];
    for (int i = 0; i < milestones; i++) {
      ids[i] = MilestoneId.of("m" + i);
      Milestone.Builder m =
          Milestone.builder(ids[i].value(), ids[i].value(), "d" + random.nextInt(DIMENSIONS));
      if (i > 0) {
        int deps = Math.min(i, random.nextDouble() < 0.6 ? 2 : 1);
        int first = -1;
        for (int k = 0; k < deps; k++) {
          int target = pick(random, i);
          if (target == first) {
            continue;
          }
          first = target;
          if (random.nextBoolean()) {
            m.requires(List.of(ids[target]));
          } else {
            m.influencedBy(List.of(ids[target]));
          }
        }
      }
      b.milestone(m.build());
      int events = random.nextInt(10) < 3 ? 2 : random.nextInt(10) < 1 ? 0 : 1;
      Optional<MilestoneId> subject = Optional.of(ids[i]);
      for (int e = 0; e < events; e++) {
        long day = FIRST_DAY.toEpochDay() + random.nextInt(span);
        PartialDate date = dates.computeIfAbsent(day, x -> PartialDate.of(LocalDate.ofEpochDay(x)));
        b.event(
            new Event(
                date,
                subject,
                STATUS.get(random.nextInt(4)),
                cited.get(random.nextInt(SOURCES)),
                ""));
      }
    }
    return b.build();
  }

  private static int pick(SplittableRandom random, int i) {
    return random.nextBoolean() ? i - 1 - random.nextInt(Math.min(i, 64)) : random.nextInt(i);
  }

  /**
   * A chain: milestone i requires milestone i − 1, every one COMPLETED on the same day except the
   * first, which is AGREED, so that every milestone after the first is capped.
   *
   * @param milestones the number of milestones
   * @return the model
   */
  public static ProcessModel chain(int milestones) {
    ProcessModel.Builder b =
        ProcessModel.builder("Chain " + milestones)
            .dimension(Dimension.of("chain", "Chain"))
            .source(new Source("s1", "Outlet", "Report", null, ""));
    PartialDate date = PartialDate.parse("2024-06-01");
    List<String> cited = List.of("s1");
    MilestoneId previous = null;
    for (int i = 0; i < milestones; i++) {
      MilestoneId id = MilestoneId.of("m" + i);
      Milestone.Builder m = Milestone.builder(id.value(), id.value(), "chain");
      if (previous != null) {
        m.requires(List.of(previous));
      }
      b.milestone(m.build());
      b.event(new Event(date, Optional.of(id), STATUS.get(i == 0 ? 1 : 3), cited, ""));
      previous = id;
    }
    return b.build();
  }

  /**
   * A model of the reference model's size and shape: 15 milestones in 6 dimensions with hard and
   * soft dependencies and about 25 dated, cited events, some of them disagreeing. The names and
   * dates are illustrative; the reference model itself ships in {@code thaw-seeds}.
   *
   * @return the model
   */
  public static ProcessModel referenceSized() {
    ProcessModel.Builder b = ProcessModel.builder("Reference-sized");
    String[][] dims = {
      {"borders", "Borders and people"},
      {"transport", "Transport"},
      {"energy", "Energy"},
      {"diplomacy", "Diplomacy"},
      {"culture", "Culture and academia"},
      {"regional", "Regional context"}
    };
    for (String[] d : dims) {
      b.dimension(Dimension.of(d[0], d[1]));
    }
    String[][] milestones = {
      // id, dimension, requires, influencedBy
      {"special-envoys", "diplomacy", "", ""},
      {"envoy-talks", "diplomacy", "special-envoys", ""},
      {"diplomatic-relations", "diplomacy", "envoy-talks", "regional-peace"},
      {"embassies", "diplomacy", "diplomatic-relations", ""},
      {"third-country-crossing", "borders", "envoy-talks", ""},
      {"diplomatic-passport-crossing", "borders", "third-country-crossing", ""},
      {
        "border-opening",
        "borders",
        "third-country-crossing,railway-rehabilitation",
        "regional-peace"
      },
      {"direct-flights", "transport", "", "envoy-talks"},
      {"cargo-flights", "transport", "direct-flights", ""},
      {"railway-rehabilitation", "transport", "envoy-talks", ""},
      {"road-crossing-upgrade", "transport", "third-country-crossing", ""},
      {"electricity-interconnector", "energy", "diplomatic-relations", ""},
      {"cultural-exchange", "culture", "", "special-envoys"},
      {"academic-cooperation", "culture", "cultural-exchange", ""},
      {"regional-peace", "regional", "", ""}
    };
    for (String[] m : milestones) {
      Milestone.Builder mb = Milestone.builder(m[0], m[0].replace('-', ' '), m[1]);
      if (!m[2].isEmpty()) {
        mb.requires(m[2].split(","));
      }
      if (!m[3].isEmpty()) {
        mb.influencedBy(m[3].split(","));
      }
      b.milestone(mb.build());
    }
    for (int s = 1; s <= 8; s++) {
      b.source(new Source("s" + s, "Outlet " + s, "Report " + s, null, "s" + s + ".txt"));
    }
    Object[][] events = {
      {"2021-12-15", "special-envoys", Status.COMPLETED, "s1"},
      {"2022-01-14", "envoy-talks", Status.IN_PROGRESS, "s1"},
      {"2022-02", "direct-flights", Status.AGREED, "s2"},
      {"2022-02-02", "direct-flights", Status.COMPLETED, "s3"},
      {"2022-07-01", "third-country-crossing", Status.AGREED, "s4"},
      {"2022-07-01", "cargo-flights", Status.AGREED, "s4"},
      {"2023-02", "road-crossing-upgrade", Status.IN_PROGRESS, "s5"},
      {"2023-02-15", "third-country-crossing", Status.IN_PROGRESS, "s5"},
      {"2023-03", "third-country-crossing", Status.AGREED, "s6"},
      {"2023", "cultural-exchange", Status.IN_PROGRESS, "s2"},
      {"2023-09", "regional-peace", Status.AGREED, "s7"},
      {"2024-01", "cultural-exchange", Status.COMPLETED, "s3"},
      {"2024-03-01", "railway-rehabilitation", Status.AGREED, "s6"},
      {"2024-05", "railway-rehabilitation", Status.IN_PROGRESS, "s8"},
      {"2024-07", "border-opening", Status.AGREED, "s7"},
      {"2024-08-08", "regional-peace", Status.IN_PROGRESS, "s1"},
      {"2024-09", "diplomatic-passport-crossing", Status.COMPLETED, "s4"},
      {"2024-10", "academic-cooperation", Status.AGREED, "s2"},
      {"2025-01", "electricity-interconnector", Status.AGREED, "s8"},
      {"2025-03", "diplomatic-relations", Status.AGREED, "s5"},
      {"2025-04", "envoy-talks", Status.COMPLETED, "s6"},
      {"2025-05", "border-opening", Status.IN_PROGRESS, "s3"},
      {"2025-06", "cargo-flights", Status.IN_PROGRESS, "s1"},
      {"2025-07", "railway-rehabilitation", Status.AGREED, "s2"},
      {"2025-08", "embassies", Status.AGREED, "s7"}
    };
    for (Object[] e : events) {
      b.event(
          Event.status(
              PartialDate.parse((String) e[0]),
              (String) e[1],
              (Status) e[2],
              List.of((String) e[3]),
              ""));
    }
    return b.build();
  }
}
