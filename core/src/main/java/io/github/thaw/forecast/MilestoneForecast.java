package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a forecast says about one milestone. Statuses are the ones the index counts: capped by hard
 * prerequisites, so a milestone is never forecast as more likely done than a prerequisite.
 *
 * @param milestone the milestone
 * @param statusAsOf its counted status at the as-of date
 * @param pCompletedByHorizon the share of paths on which it reached COMPLETED by the horizon's last
 *     day
 * @param pCompletedBy per checkpoint of {@link ForecastSummary#dates()}, the share of paths on
 *     which it had reached COMPLETED by then
 * @param completionP10 the checkpoint by which 10% of paths had completed it
 * @param completionP50 the median completion checkpoint
 * @param completionP90 the checkpoint by which 90% of paths had completed it
 * @param statusAtHorizon the share of paths ending the horizon at each status, every status listed
 * @param heldBackLastBy per hard prerequisite, in declared order, the share of paths on which it
 *     was the last to hold this milestone back within the horizon: the least advanced prerequisite
 *     at the latest moment when waiting for prerequisites kept the milestone's next step from
 *     running; empty without hard prerequisites. The shares add up to at most 1; the rest of the
 *     paths never waited.
 */
public record MilestoneForecast(
    MilestoneId milestone,
    Status statusAsOf,
    double pCompletedByHorizon,
    List<Double> pCompletedBy,
    ForecastDate completionP10,
    ForecastDate completionP50,
    ForecastDate completionP90,
    Map<Status, Double> statusAtHorizon,
    Map<MilestoneId, Double> heldBackLastBy) {

  /** Checks for nulls and copies the collections. */
  public MilestoneForecast {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(statusAsOf, "statusAsOf");
    pCompletedBy = List.copyOf(pCompletedBy);
    EnumMap<Status, Double> byStatus = new EnumMap<>(Status.class);
    byStatus.putAll(statusAtHorizon);
    statusAtHorizon = Collections.unmodifiableMap(byStatus);
    heldBackLastBy = Collections.unmodifiableMap(new LinkedHashMap<>(heldBackLastBy));
  }
}
