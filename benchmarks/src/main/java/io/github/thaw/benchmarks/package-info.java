/**
 * JMH benchmarks of the progress index: one evaluation on a reference-sized model and on random
 * models of 10³ to 10⁶ milestones, a 200,000-milestone chain, and trajectories computed
 * incrementally against one full evaluation per date. Run them from {@code benchmarks.jar}; see
 * {@code benchmarks/README.md}.
 */
package io.github.thaw.benchmarks;
