package io.github.thaw.cli;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.ScenarioComparison;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code thaw} command line. With no command it runs the main job on the chosen model (by
 * default the built-in Türkiye–Armenia model).
 *
 * <p>Exit codes: 0 ok, 1 a check failed, 2 usage error, 3 invalid input. Errors go to stderr as
 * {@code file:line:col: message}.
 */
@Command(
    name = "thaw",
    mixinStandardHelpOptions = true,
    version = "thaw 0.1.0-SNAPSHOT",
    description = "Milestones, dependencies and cited events of a normalization process.",
    subcommands = {
      IndexCommand.class,
      TrajectoryCommand.class,
      CompareCommand.class,
      ForecastCommand.class,
      SensitivityCommand.class,
      RobustnessCommand.class,
      BacktestCommand.class,
      SummaryCommand.class,
      ValidateCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      ChartCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ThawCommand implements Callable<Integer> {
  /** Exit code: a check failed. */
  public static final int CHECK_FAILED = 1;

  /** Exit code: the command line was wrong. */
  public static final int USAGE = 2;

  /** Exit code: an input file or value was invalid. */
  public static final int INVALID_INPUT = 3;

  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  private ThawCommand() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line with the given streams, for embedding and tests.
   *
   * @param terminalOut where results go; control characters other than newline and tab are dropped
   * @param terminalErr where errors go, filtered the same way
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter terminalOut, PrintWriter terminalErr, String... args) {
    // Names and notes come from files: no control character in them may reach a terminal.
    PrintWriter out = TerminalText.guard(terminalOut);
    PrintWriter err = TerminalText.guard(terminalErr);
    CommandLine cli = new CommandLine(new ThawCommand());
    // Every command answers -V with the version of the whole tool.
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().version(cli.getCommandSpec().version());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          int code = report(ex, e);
          e.flush();
          return code;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError oom) {
      // The limits (docs/limits.md) keep documented inputs within the heap; this is the backstop.
      err.println(
          "thaw: out of memory; the input is larger than this heap allows (docs/limits.md):"
              + " give java a larger -Xmx or a smaller input");
      code = INVALID_INPUT;
    }
    out.flush();
    err.flush();
    terminalOut.flush();
    terminalErr.flush();
    return code;
  }

  private static int report(Exception ex, PrintWriter err) throws Exception {
    if (ex instanceof ModelException me) {
      for (Problem p : me.problems()) {
        err.println(p);
      }
      return INVALID_INPUT;
    }
    if (ex instanceof java.nio.file.NoSuchFileException missing) {
      err.println(missing.getFile() + ": no such file");
      return INVALID_INPUT;
    }
    if (ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
      String reason = fs.getReason();
      if (fs instanceof java.nio.file.AccessDeniedException) {
        reason = "permission denied";
      }
      err.println(fs.getFile() + ": " + (reason == null ? "cannot be read" : reason));
      return INVALID_INPUT;
    }
    if (ex instanceof java.io.IOException io) {
      err.println("thaw: cannot read input: " + io);
      return INVALID_INPUT;
    }
    if (ex instanceof UncheckedIOException io) {
      err.println("thaw: cannot read input: " + io.getCause());
      return INVALID_INPUT;
    }
    if (ex instanceof IllegalArgumentException iae) {
      err.println("thaw: " + iae.getMessage());
      return INVALID_INPUT;
    }
    if (ex instanceof ArithmeticException ae) {
      // Math.*Exact refused a size: the input asks for more than the limits allow.
      err.println("thaw: the input is too large to compute with: " + ae.getMessage());
      return INVALID_INPUT;
    }
    throw ex;
  }

  /**
   * The main job: the index at the model's reference date with its breakdown, the trajectory from
   * the first status event, and, for the built-in model, its scenarios against the baseline.
   */
  @Override
  public Integer call() throws java.io.IOException {
    if (options.json()) {
      throw new ParameterException(spec.commandLine(), CliMessages.jsonNeedsCommand());
    }
    ProcessModel m = options.load();
    PrintWriter out = spec.commandLine().getOut();
    IndexMethod method = IndexMethod.defaults();
    LocalDate date = options.referenceDate(m, "a date, e.g. thaw index --as-of");
    out.println(method.evaluate(m, date).explain());
    out.println();
    CommandSupport.printTrajectory(
        m, method.prepare(m).trajectory(CommandSupport.defaultFrom(m, date), date), out);
    if (options.builtIn()) {
      out.println();
      out.print(ScenarioComparison.atLatest(m, method, TurkiyeArmenia.scenarios()).table());
    }
    out.flush();
    return 0;
  }
}
