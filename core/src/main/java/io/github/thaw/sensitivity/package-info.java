/**
 * Variance-based (Sobol') sensitivity analysis of any model {@code double[] -> double}: which
 * uncertain inputs drive the output, alone (first-order index) and with their interactions (total
 * index). Start at {@link io.github.thaw.sensitivity.Sobol#analyze}; inputs are {@link
 * io.github.thaw.sensitivity.Parameter}s, results are {@link
 * io.github.thaw.sensitivity.SobolResult}s.
 *
 * <p>The sampling, evaluation and estimation classes are package-private rather than in an {@code
 * internal} package, so that a result can only come from an analysis.
 */
package io.github.thaw.sensitivity;
