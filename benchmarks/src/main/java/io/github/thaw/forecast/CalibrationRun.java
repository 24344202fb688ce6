package io.github.thaw.forecast;

/**
 * The calibration harness's large run from the benchmarks jar: {@code java -cp
 * benchmarks/target/benchmarks.jar io.github.thaw.forecast.CalibrationRun [processes [families
 * [poolings]]]}, by default 1,000 processes of every family under pooling by milestone, seed 2026
 * and 1,000 paths a process, as {@code docs/forecasting.md} reports them. It prints the same table
 * as {@code CalibrationHarnessTest#largeRun}, whose code it shares ({@code core/src/harness/java}).
 * It lives in the harness's package because the harness is package-private test code.
 */
public final class CalibrationRun {
  private CalibrationRun() {}

  /**
   * Runs the large run.
   *
   * @param args processes (default 1000), families (comma-separated names, default all) and
   *     poolings (comma-separated labels, default {@code milestone})
   */
  public static void main(String[] args) {
    String problem = check(args);
    if (problem != null) {
      System.err.println(problem);
      System.err.println(
          "usage: CalibrationRun [processes [families [poolings]]], e.g. 1000"
              + " INDEPENDENT,CLUSTERED none,milestone");
      System.exit(2);
    }
    int processes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    String families = args.length > 1 ? args[1] : "";
    String poolings = args.length > 2 ? args[2] : "milestone";
    CalibrationHarness.largeRun(System.out, processes, 1000, 2026, families, poolings);
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
    if (args.length > 1) {
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
