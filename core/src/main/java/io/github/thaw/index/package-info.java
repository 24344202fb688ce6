/**
 * The normalization-progress index: a documented, configurable method ({@link
 * io.github.thaw.index.IndexMethod}) that turns a process model's dated evidence into a 0–100 value
 * with a band, per-dimension values and per-milestone contributions, at any date or as a
 * trajectory. The method is described in {@code docs/methodology.md}.
 */
package io.github.thaw.index;
