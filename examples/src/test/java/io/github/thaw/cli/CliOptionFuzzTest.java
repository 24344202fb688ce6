package io.github.thaw.cli;

import static io.github.thaw.cli.ThawCommandTest.thaw;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.cli.ThawCommandTest.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random options with hostile values for every command: each run ends with exit 0, 1, 2 or 3 and
 * never with a stack trace, an escape byte or NaN on the terminal. Bounded and deterministic: a
 * fixed seed and {@value #RUNS} runs; {@code -Dthaw.fuzz.seed} and {@code -Dthaw.fuzz.cli.runs}
 * hunt longer. The values stay small where a large one is valid and only slow (a billion samples is
 * allowed), since the budgets themselves are tested in {@link HostileInputCliTest}.
 */
@Tag("fuzz")
class CliOptionFuzzTest {
  static final int RUNS = 120;

  private static final List<String> COMMANDS =
      List.of(
          "index",
          "trajectory",
          "summary",
          "validate",
          "forecast",
          "sensitivity",
          "export",
          "chart");

  private static final List<String> OPTIONS =
      List.of(
          "--as-of",
          "--horizon",
          "--samples",
          "--threads",
          "--seed",
          "--method",
          "--format",
          "--kind",
          "--target",
          "--milestone",
          "--monthly",
          "--json",
          "--known-at",
          "--from",
          "--to",
          "--every");

  private static final List<String> VALUES =
      List.of(
          "",
          "-1",
          "0",
          "1",
          "2",
          "3",
          "7",
          "256",
          "257",
          "2000",
          "-0",
          "1e3",
          "0x10",
          "1_000",
          "99999999999999999999",
          "NaN",
          "Infinity",
          "abc",
          "2024",
          "2024-02",
          "2024-02-30",
          "2025-09-12",
          "9999-12",
          "9999-12-31",
          "0000-01",
          "+10004-12",
          "1900-01-01",
          "pam",
          "default",
          "dot",
          "mermaid",
          "yaml",
          "json",
          "graph",
          "trajectory",
          "index",
          "forecast",
          "border-opening",
          "raiway",
          "\u001b[2J",
          "../../etc/passwd",
          "--json");

  @Test
  void randomOptionsEndInAnExitCodeNeverInAStackTrace() {
    long seed = Long.getLong("thaw.fuzz.seed", 20251205L);
    int runs = Integer.getInteger("thaw.fuzz.cli.runs", RUNS);
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < runs; run++) {
      List<String> args = new ArrayList<>();
      args.add(COMMANDS.get(random.nextInt(COMMANDS.size())));
      int options = random.nextInt(4);
      for (int k = 0; k < options; k++) {
        args.add(OPTIONS.get(random.nextInt(OPTIONS.size())));
        if (random.nextInt(5) > 0) {
          args.add(VALUES.get(random.nextInt(VALUES.size())));
        }
      }
      if (args.get(0).equals("forecast") || args.get(0).equals("sensitivity")) {
        // Keep the valid runs quick: the last --samples wins.
        args.add("--samples");
        args.add(args.get(0).equals("forecast") ? "200" : "64");
      }
      Run r = thaw(args.toArray(String[]::new));
      String all = r.out() + r.err();
      assertThat(r.code()).as("thaw %s (seed %d, run %d)", args, seed, run).isBetween(0, 3);
      assertThat(all)
          .as("thaw %s (seed %d, run %d)", args, seed, run)
          .doesNotContain("\tat ", "Exception in", "\u001b", "NaN");
    }
  }
}
