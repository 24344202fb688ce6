package io.github.thaw.benchmarks;

import io.github.thaw.forecast.Forecast;
import io.github.thaw.forecast.ForecastSummary;
import io.github.thaw.forecast.Pooling;
import io.github.thaw.forecast.Rates;
import io.github.thaw.forecast.Reversals;
import io.github.thaw.forecast.Tempo;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What drawing step rates from their posterior and the common tempo costs: the reference model's
 * forecast, 10,000 paths with the index fan on one thread, with rates at the point estimate and no
 * tempo ({@code point}, the plug-in kernel), rates drawn per path ({@code posterior}: three gamma
 * quantiles a path), rates and the record's tempo drawn per path ({@code tempo}: one more quantile
 * and a pass over the step scales; on the reference record the default pooling by milestone draws
 * nothing, its milestones showing no spread), that with partial pooling by dimension ({@code
 * pooled}: one gamma quantile per drawn dimension factor, six on the reference record, and a pass
 * over the steps they cover), and the defaults, which add the record's random reversals ({@code
 * default}: every milestone simulated event by event, with a fall's exponential clock). Target: the
 * rate draws at most 25% slower than point, and a run under 0.5 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RateDrawBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RateDrawBenchmark {
  /** The reference forecast in one rates mode. */
  @State(Scope.Benchmark)
  public static class Reference {
    /**
     * {@code point}, {@code posterior}, {@code tempo} (posterior rates and the tempo), {@code
     * pooled} (that with pooling by dimension) or {@code default} (posterior rates, the tempo,
     * pooling by milestone and random reversals).
     */
    @Param({"point", "posterior", "tempo", "pooled", "default"})
    public String rates;

    Forecast forecast;

    /** Builds the forecast once: calibration is not what is measured. */
    @Setup
    public void setUp() {
      ProcessModel model = TurkiyeArmenia.model();
      forecast =
          Forecast.builder(model)
              .rates(rates.equals("point") ? Rates.POINT : Rates.POSTERIOR)
              .tempo(rates.equals("point") || rates.equals("posterior") ? Tempo.NONE : null)
              .reversals(rates.equals("default") ? null : Reversals.NONE)
              .pooling(
                  rates.equals("pooled")
                      ? Pooling.DIMENSION
                      : rates.equals("default") || rates.equals("tempo") ? null : Pooling.NONE)
              .samples(10_000)
              .build();
    }
  }

  /**
   * One run of 10,000 paths.
   *
   * @param r the forecast
   * @return the summary, so that the run is not optimised away
   */
  @Benchmark
  public ForecastSummary tenThousandPaths(Reference r) {
    return r.forecast.run(11);
  }
}
