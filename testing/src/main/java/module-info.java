/**
 * AssertJ assertions for Thaw models, indexes, scenarios and Monte Carlo probabilities. The single
 * entry point is {@link io.github.thaw.testing.ThawAssertions}.
 */
module io.github.thaw.testing {
  requires transitive io.github.thaw.core;
  requires transitive org.assertj.core;
  requires org.apache.commons.statistics.distribution;

  exports io.github.thaw.testing;
}
