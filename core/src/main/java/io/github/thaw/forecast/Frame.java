package io.github.thaw.forecast;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every result of one forecast shares: the configuration they came from (results combine only
 * when it is equal), the milestones and hard edges the counts refer to, and the checkpoints.
 */
final class Frame {
  final Object configuration;
  final ProcessModel model;
  final String modelName;
  final String description;
  final LocalDate asOf;
  final YearMonth horizon;
  final List<LocalDate> dates;
  final List<MilestoneId> ids;
  final Map<MilestoneId, Integer> indexOf;
  final Status[] statusAsOf;
  final int[] hardStart;
  final int[] hard;

  Frame(Object configuration, String description, ForecastPlan plan) {
    this.configuration = configuration;
    this.description = description;
    this.model = plan.model;
    this.modelName = model.name();
    this.asOf = plan.asOf;
    this.horizon = plan.horizon;
    this.dates = List.of(plan.dates);
    List<MilestoneId> list = new ArrayList<>(plan.n);
    Map<MilestoneId, Integer> index = new HashMap<>();
    statusAsOf = new Status[plan.n];
    for (int m = 0; m < plan.n; m++) {
      MilestoneId id = model.milestones().get(m).id();
      list.add(id);
      index.put(id, m);
      statusAsOf[m] = Status.ofLevel(plan.counted0[m]);
    }
    this.ids = Collections.unmodifiableList(list);
    this.indexOf = Collections.unmodifiableMap(index);
    this.hardStart = plan.hardStart;
    this.hard = plan.hard;
  }

  /**
   * A milestone's index.
   *
   * @throws IllegalArgumentException naming the nearest id if it is not in the model
   */
  int milestone(MilestoneId id) {
    Integer m = indexOf.get(id);
    if (m == null) {
      throw new IllegalArgumentException(model.unknownMilestone(id.value()));
    }
    return m;
  }
}
