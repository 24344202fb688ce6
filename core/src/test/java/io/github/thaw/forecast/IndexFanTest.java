package io.github.thaw.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexFanTest {
  static final Transitions T =
      Transitions.builder(StepDuration.exponential(0.05))
          .step(Step.IN_PROGRESS_TO_COMPLETED, StepDuration.triangular(2, 10, 40))
          .build();

  @Test
  void theFanStartsAtTheIndexOfTheAsOfDate() {
    ProcessModel m = Models.random(30, 4);
    for (IndexMethod method : List.of(IndexMethod.defaults(), IndexMethod.pam())) {
      ForecastSummary s =
          Forecast.builder(m).transitions(T).method(method).samples(300).build().run(1);
      double now = method.evaluate(m, Models.AS_OF).value();
      IndexFanPoint first = s.index().get(0);
      double rounded = Math.round(now * 100) / 100.0;
      assertThat(first.p10()).as(method.toString()).isEqualTo(rounded);
      assertThat(first.p90()).isEqualTo(rounded);
      assertThat(first.date()).isEqualTo(Models.AS_OF);
    }
  }

  @Test
  void withoutReversalsTheFanOnlyRisesAndStaysOrdered() {
    ForecastSummary s =
        Forecast.builder(Models.random(30, 5)).transitions(T).samples(2000).build().run(2);
    List<IndexFanPoint> fan = s.index();
    assertThat(fan).hasSize(s.dates().size());
    for (int k = 0; k < fan.size(); k++) {
      IndexFanPoint p = fan.get(k);
      assertThat(p.p10()).isLessThanOrEqualTo(p.p50());
      assertThat(p.p50()).isLessThanOrEqualTo(p.p90());
      if (k > 0) {
        assertThat(p.p50()).isGreaterThanOrEqualTo(fan.get(k - 1).p50());
      }
    }
    assertThat(fan.get(fan.size() - 1).p90()).isGreaterThan(fan.get(0).p90());
  }

  @Test
  void theFanCanBeLeftOut() {
    ForecastSummary s =
        Forecast.builder(Models.random(10, 5))
            .transitions(T)
            .indexFan(false)
            .samples(100)
            .build()
            .run(2);
    assertThat(s.index()).isEmpty();
    assertThat(s.table()).doesNotContain("Index fan");
  }
}
