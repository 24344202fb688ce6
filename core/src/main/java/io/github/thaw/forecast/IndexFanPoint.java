package io.github.thaw.forecast;

import java.time.LocalDate;

/**
 * The index's spread across a forecast's paths at one checkpoint: a point of a fan chart. Values
 * are the index rounded to 0.01 point; each percentile is the smallest rounded value that at least
 * that share of paths do not exceed.
 *
 * @param date the checkpoint
 * @param p10 the 10th percentile
 * @param p50 the median
 * @param p90 the 90th percentile
 */
public record IndexFanPoint(LocalDate date, double p10, double p50, double p90) {}
