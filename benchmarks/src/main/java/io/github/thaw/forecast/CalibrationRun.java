package io.github.thaw.forecast;

/**
 * The calibration harness's large run from the benchmarks jar: {@code java -cp
 * benchmarks/target/benchmarks.jar io.github.thaw.forecast.CalibrationRun [processes [families
 * [poolings]]]}, by default 1,000 processes of every family under pooling by milestone, seed 2026
 * and 1,000 paths a process, as {@code docs/forecasting.md} reports them. It prints the same table
 * as {@code CalibrationHarnessTest#largeRun}, whose code it shares ({@code core/src/harness/java}).
 * It lives in the harness's package because the harness is package-private test code.
 *
 * <p>{@code CalibrationRun paces [processes [families [priors]]]} prints instead what the prior
 * probability that milestones share one pace ({@link PacePrior#shared()}) does to each family, by
 * default over 1,000 processes of every family at 0, 0.3, 0.5 and 0.8 ({@link
 * CalibrationHarness#pacesRun}).
 *
 * <p>{@code -Dthaw.harness.seed=S} runs the processes of another seed (2026 by default), to confirm
 * on processes a choice was not made on.
 */
public final class CalibrationRun {
  private CalibrationRun() {}

  /**
   * Runs the large run.
   *
   * @param args processes (default 1000), families (comma-separated names, or {@code all}, the
   *     default) and poolings (comma-separated labels, default {@code milestone})
   */
  public static void main(String[] args) {
    boolean paces = args.length > 0 && args[0].equals("paces");
    String[] rest = paces ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    String problem = paces ? checkPaces(rest) : check(rest);
    if (problem != null) {
      System.err.println(problem);
      System.err.println(
          "usage: CalibrationRun [processes [families [poolings]]], e.g. 1000"
              + " INDEPENDENT,CLUSTERED none,milestone");
      System.err.println(
          "   or: CalibrationRun paces [processes [families [priors]]], e.g. 1000"
              + " INDEPENDENT,RATES_DIFFER 0,0.5,0.6/0.5 (shared or scale/shared)");
      System.exit(2);
    }
    if (paces) {
      CalibrationHarness.pacesRun(
          System.out,
          rest.length > 0 ? Integer.parseInt(rest[0]) : 1000,
          1000,
          seed(),
          families(rest),
          rest.length > 2 ? rest[2] : "0,0.3,0.5,0.8");
      return;
    }
    int processes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String families = families(args);
    String poolings = args.length > 2 ? args[2] : "milestone";
    CalibrationHarness.largeRun(System.out, processes, 1000, seed(), families, poolings);
  }

  /** The seed of the processes: {@code thaw.harness.seed}, 2026 by default. */
  private static long seed() {
    return Long.getLong("thaw.harness.seed", 2026);
  }

  /** The families argument that names every family. */
  static final String ALL = "all";

  /** The families the arguments name, empty for all. */
  private static String families(String[] args) {
    return args.length > 1 && !args[1].equals(ALL) ? args[1] : "";
  }

  /** What is wrong with the arguments of {@code paces}, or null. */
  static String checkPaces(String[] args) {
    if (args.length > 3) {
      return "at most three arguments after paces, got " + args.length;
    }
    String problem = check(java.util.Arrays.copyOf(args, Math.min(args.length, 2)));
    if (problem != null || args.length < 3) {
      return problem;
    }
    for (String share : args[2].split(",")) {
      try {
        CalibrationHarness.pacePrior(share);
      } catch (IllegalArgumentException e) {
        return "each pace prior is shared or scale/shared (shared from 0 to 1, scale above 0 and"
            + " at most 100), got '"
            + share
            + "'";
      }
    }
    return null;
  }

  /** What is wrong with the arguments, or null. */
  static String check(String[] args) {
    if (args.length > 3) {
      return "at most three arguments, got " + args.length;
    }
    if (args.length > 0) {
      int n;
      try {
        n = Integer.parseInt(args[0]);
      } catch (NumberFormatException e) {
        return "processes must be a whole number, got '" + args[0] + "'";
      }
      if (n < 1) {
        return "processes must be at least 1, got " + n;
      }
    }
    if (args.length > 1 && !args[1].equals(ALL)) {
      for (String name : args[1].split(",")) {
        try {
          CalibrationHarness.Family.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
          return "unknown family '"
              + name
              + "'; families: "
              + java.util.Arrays.toString(CalibrationHarness.Family.values());
        }
      }
    }
    if (args.length > 2) {
      for (String label : args[2].split(",")) {
        try {
          Pooling.valueOf(label.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          return "unknown pooling '" + label + "'; poolings: none, dimension, milestone";
        }
      }
    }
    return null;
  }
}
