package io.github.thaw.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.thaw.forecast.Calibration;
import io.github.thaw.forecast.RateEstimate;
import io.github.thaw.forecast.RatePosterior;
import io.github.thaw.forecast.Step;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastSensitivityTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  /** 'a' was agreed and moved on; 'b' was agreed and waits; 'c' requires 'b'. */
  static ProcessModel model() {
    return ProcessModel.builder("F")
        .dimension(Dimension.of("d", "D"))
        .milestone(Milestone.builder("a", "A", "d").build())
        .milestone(Milestone.builder("b", "B", "d").build())
        .milestone(Milestone.builder("c", "C", "d").requires("b").build())
        .source(new Source("s", "", "", null, "s.txt"))
        .event(ev("2022-01-01", "a", Status.AGREED))
        .event(ev("2023-01-01", "a", Status.IN_PROGRESS))
        .event(ev("2023-06-01", "a", Status.COMPLETED))
        .event(ev("2022-06-01", "b", Status.AGREED))
        .build();
  }

  static Event ev(String date, String id, Status s) {
    return Event.status(PartialDate.parse(date), id, s, List.of("s"), "");
  }

  @Test
  void parametersAreTheThreeStepRatesAndTheSoftFactor() {
    assertThat(ForecastSensitivity.of(model(), AS_OF, "c").parameters())
        .extracting(Parameter::name)
        .containsExactly(
            "rate:NOT_STARTED->AGREED",
            "rate:AGREED->IN_PROGRESS",
            "rate:IN_PROGRESS->COMPLETED",
            "softFactor");
  }

  @Test
  void aDependentThatCanOnlyWaitIsNotDrivenByTheFirstStep() {
    SobolResult r = ForecastSensitivity.of(model(), AS_OF, "c").paths(200).analyze(32, 3);
    int first = r.names().indexOf("rate:NOT_STARTED->AGREED");
    int soft = r.names().indexOf("softFactor");
    assertThat(r.totalOrder()[soft]).isLessThan(0.05);
    assertThat(r.ranked().get(0).name()).isNotEqualTo("softFactor");
    assertThat(r.totalOrder()[first]).isLessThan(r.ranked().get(0).totalOrder());
  }

  @Test
  void ratesAreSampledFromTheirPosteriorByDefaultOrLogUniformlyAcrossTheInterval() {
    // GIVEN the calibration the analysis rests on
    Calibration c = Calibration.fromHistory(model(), AS_OF);
    Step last = Step.IN_PROGRESS_TO_COMPLETED;
    // WHEN the parameters are listed both ways
    Parameter posterior = ForecastSensitivity.of(model(), AS_OF, "c").parameters().get(2);
    Parameter logUniform =
        ForecastSensitivity.of(model(), AS_OF, "c")
            .rateSampling(ForecastSensitivity.RateSampling.LOG_UNIFORM)
            .parameters()
            .get(2);
    // THEN the default is the gamma posterior, with its mean
    RatePosterior g = c.posterior(last);
    assertThat(posterior.distribution())
        .isEqualTo("gamma(shape=" + g.shape() + ", rate=" + g.rate() + ")");
    assertThat(posterior.mean()).isCloseTo(g.mean(), within(1e-12));
    // AND the log-uniform spans the interval with its median at the geometric mean
    RateEstimate e = c.step(last);
    assertThat(logUniform.quantile(0)).isCloseTo(e.low(), within(1e-12));
    assertThat(logUniform.quantile(1)).isCloseTo(e.high(), within(1e-12));
    assertThat(logUniform.quantile(0.5)).isCloseTo(Math.sqrt(e.low() * e.high()), within(1e-12));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> ForecastSensitivity.of(model(), AS_OF, "x"))
        .hasMessageStartingWith("Milestone 'x' is not in model 'F'");
    assertThatThrownBy(() -> ForecastSensitivity.of(model(), AS_OF, "c").paths(5))
        .hasMessage("paths is 5; it must be at least 10");
  }
}
