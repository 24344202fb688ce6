package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;

/**
 * What the record says about one milestone and one step: how long it was able to take the step and
 * how often it did. {@link Calibration} pools these over milestones.
 *
 * @param milestone the milestone
 * @param step the step
 * @param transitions how many times the milestone took the step
 * @param exposureMonths how long it was able to take it, weighted by soft-prerequisite speed
 */
public record Exposure(MilestoneId milestone, Step step, int transitions, double exposureMonths) {}
