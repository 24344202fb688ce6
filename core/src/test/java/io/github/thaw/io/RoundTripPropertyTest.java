package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.RandomModels;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random valid models survive writing and reading in both formats. */
class RoundTripPropertyTest {
  /** The edges of the weight range (docs/limits.md) and awkward values within it. */
  private static final double[] WEIGHTS = {
    0.0, -0.0, 0.5, 1.0, 2.0, 1e-9, 123.456, 999_999.999, Double.MIN_NORMAL, 1e6, 0.1
  };

  @Property(tries = 200)
  void randomModelsRoundTrip(
      @ForAll("texts") @Size(min = 12, max = 12) List<String> texts, @ForAll long seed) {
    // GIVEN a random valid model whose texts are arbitrary
    ProcessModel model = randomModel(texts, new Random(seed));
    for (FileSyntax format : FileSyntax.values()) {
      // WHEN written and read back THEN it is equal, and the text is stable
      String text = ModelFiles.write(model, format);
      ProcessModel back = ModelFiles.read(text, "p", format);
      assertThat(back).as(text).isEqualTo(model);
      assertThat(ModelFiles.write(back, format)).isEqualTo(text);
    }
  }

  @Property(tries = 60)
  void largerGraphsWithDisputesRoundTripAndKeepTheirStates(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
    // GIVEN a random model with many dependencies and disagreeing reports, as the index tests use
    ProcessModel model = RandomModels.generate(seed, size);
    for (FileSyntax format : FileSyntax.values()) {
      // WHEN written and read back THEN it is equal, and so is what it says at any date
      ProcessModel back = ModelFiles.read(ModelFiles.write(model, format), "r", format);
      assertThat(back).isEqualTo(model);
      assertThat(back.topologicalOrder()).isEqualTo(model.topologicalOrder());
      for (int year = 2019; year <= 2025; year++) {
        LocalDate date = LocalDate.of(year, 6, 30);
        assertThat(back.stateAt(date)).isEqualTo(model.stateAt(date));
      }
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(16);
    Arbitrary<String> tricky =
        Arbitraries.of(
            "yes",
            "null",
            "~",
            "1993",
            "2022-07-01",
            "a: b",
            "# c",
            "- d",
            "'e'",
            "\"f\"",
            "g\nh",
            "i\n",
            " j",
            "k ",
            "",
            "\t",
            "Türkiye–Armenia",
            "😀 emoji",
            ".nan",
            "0x1F");
    return Arbitraries.oneOf(any, printable, tricky).list();
  }

  private static ProcessModel randomModel(List<String> texts, Random r) {
    int[] next = {0};
    java.util.function.Supplier<String> text = () -> texts.get(next[0]++ % texts.size());
    java.util.function.Supplier<String> name =
        () -> {
          String t = text.get();
          return t.isBlank() ? "n" + t : t;
        };
    ProcessModel.Builder b = ProcessModel.builder(name.get());
    if (r.nextBoolean()) {
      b.asOf(date(r));
    }
    int dimensions = 1 + r.nextInt(3);
    for (int i = 0; i < dimensions; i++) {
      b.dimension(new Dimension("d" + i, name.get(), weight(r), text.get()));
    }
    int milestones = r.nextInt(7);
    List<MilestoneId> ids = new ArrayList<>();
    for (int i = 0; i < milestones; i++) {
      Milestone.Builder m =
          Milestone.builder(slug(r, i), name.get(), "d" + r.nextInt(dimensions))
              .weight(weight(r))
              .description(r.nextBoolean() ? text.get() : "");
      for (MilestoneId earlier : ids) {
        int pick = r.nextInt(4);
        if (pick == 0) {
          m.requires(List.of(earlier));
        } else if (pick == 1) {
          m.influencedBy(List.of(earlier));
        }
      }
      Milestone built = m.build();
      ids.add(built.id());
      b.milestone(built);
    }
    int sources = 1 + r.nextInt(3);
    for (int i = 0; i < sources; i++) {
      b.source(
          new Source(
              "s" + i + (r.nextBoolean() ? text.get().strip().replace("#", "") : ""),
              text.get(),
              text.get(),
              r.nextBoolean() ? date(r) : null,
              text.get(),
              Reliability.values()[r.nextInt(Reliability.values().length)]));
    }
    List<Source> declared = b.build().sources();
    int events = r.nextInt(5);
    for (int i = 0; i < events; i++) {
      List<String> cited = new ArrayList<>();
      for (Source s : declared) {
        if (cited.isEmpty() || r.nextBoolean()) {
          cited.add(r.nextBoolean() ? s.id() : s.id() + "#" + (1 + r.nextInt(400)));
        }
      }
      Optional<MilestoneId> about =
          ids.isEmpty() || r.nextBoolean()
              ? Optional.empty()
              : Optional.of(ids.get(r.nextInt(ids.size())));
      Optional<Status> status = about.map(m -> Status.values()[r.nextInt(Status.values().length)]);
      b.event(new Event(date(r), about, status, cited, text.get()));
    }
    return b.build();
  }

  private static String slug(Random r, int i) {
    String[] parts = {"border", "rail", "2024", "x", "energy-link", "a1"};
    return parts[r.nextInt(parts.length)] + "-" + i;
  }

  private static double weight(Random r) {
    return r.nextInt(3) == 0 ? r.nextDouble() * 10 : WEIGHTS[r.nextInt(WEIGHTS.length)];
  }

  private static PartialDate date(Random r) {
    int year = 1 + r.nextInt(9999);
    int precision = r.nextInt(3);
    if (precision == 0) {
      return PartialDate.ofYear(year);
    }
    int month = 1 + r.nextInt(12);
    if (precision == 1) {
      return PartialDate.ofMonth(year, month);
    }
    return new PartialDate(year, month, 1 + r.nextInt(YearMonth.of(year, month).lengthOfMonth()));
  }
}
