/**
 * The index engine: a method resolved against a model in primitive arrays ({@link
 * io.github.thaw.internal.index.Plan}, built from an {@link
 * io.github.thaw.internal.index.EngineSpec} that the index package translates from an {@code
 * IndexMethod}), the event-driven {@link io.github.thaw.internal.index.Engine} behind {@code
 * IndexResult} and trajectories, and the evaluators the forecast ({@link
 * io.github.thaw.internal.index.LevelEvaluator}) and the robustness analysis ({@link
 * io.github.thaw.internal.index.VariantEvaluator}) call directly. It names no API type above {@code
 * model}. Not exported and not API: it may change in any release.
 */
package io.github.thaw.internal.index;
