package io.github.thaw.index;

import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.Status;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cap: a milestone reported further along than one of its hard prerequisites counts, so it counts
 * only as far as that prerequisite.
 *
 * <p>The {@code chain} runs from the prerequisite down the path of caps to the milestone whose own
 * reading sets the cap (its {@link #origin()}); it has one element when the prerequisite is not
 * itself capped.
 *
 * @param milestone the capped milestone
 * @param status its own reading (the latest report)
 * @param milestoneEvent the latest report of the milestone that gives that reading
 * @param prerequisite the least-advanced hard prerequisite (the first declared on a tie)
 * @param prerequisiteStatus the status the prerequisite counts at, which is the cap
 * @param prerequisiteEvent the latest report of the prerequisite, if any
 * @param chain the prerequisite, then each further prerequisite that caps it, to the origin
 * @param originEvent the latest report of the origin, if any
 * @param capped true when the milestone is held to the prerequisite's status ({@link
 *     Gating#CAP_BY_PREREQUISITES}); false when the violation is only flagged ({@link
 *     Gating#FLAG_ONLY}) and the milestone counts at its own reading
 */
public record GatingFinding(
    MilestoneId milestone,
    Status status,
    Optional<Event> milestoneEvent,
    MilestoneId prerequisite,
    Status prerequisiteStatus,
    Optional<Event> prerequisiteEvent,
    List<MilestoneId> chain,
    Optional<Event> originEvent,
    boolean capped) {

  /**
   * Checks for nulls and copies the chain.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the chain is empty or does not start at the prerequisite
   */
  public GatingFinding {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(milestoneEvent, "milestoneEvent");
    Objects.requireNonNull(prerequisite, "prerequisite");
    Objects.requireNonNull(prerequisiteStatus, "prerequisiteStatus");
    Objects.requireNonNull(prerequisiteEvent, "prerequisiteEvent");
    Objects.requireNonNull(originEvent, "originEvent");
    chain = List.copyOf(chain);
    if (chain.isEmpty() || !chain.get(0).equals(prerequisite)) {
      throw new IllegalArgumentException(
          "the chain must start at the prerequisite " + prerequisite);
    }
  }

  /**
   * A cap ({@code capped} true).
   *
   * @param milestone the capped milestone
   * @param status its own reading
   * @param milestoneEvent its latest report
   * @param prerequisite the least-advanced hard prerequisite
   * @param prerequisiteStatus the cap
   * @param prerequisiteEvent the prerequisite's latest report
   * @param chain the prerequisite, then each further prerequisite that caps it
   * @param originEvent the latest report of the origin
   */
  public GatingFinding(
      MilestoneId milestone,
      Status status,
      Optional<Event> milestoneEvent,
      MilestoneId prerequisite,
      Status prerequisiteStatus,
      Optional<Event> prerequisiteEvent,
      List<MilestoneId> chain,
      Optional<Event> originEvent) {
    this(
        milestone,
        status,
        milestoneEvent,
        prerequisite,
        prerequisiteStatus,
        prerequisiteEvent,
        chain,
        originEvent,
        true);
  }

  /**
   * The status the milestone counts at.
   *
   * @return the cap, {@code prerequisiteStatus}, or the milestone's own status when only flagged
   */
  public Status countedStatus() {
    return capped ? prerequisiteStatus : status;
  }

  /**
   * The milestone whose own reading sets the cap: the prerequisite itself, or the end of the chain.
   *
   * @return the origin
   */
  public MilestoneId origin() {
    return chain.get(chain.size() - 1);
  }

  /**
   * The finding in one sentence, e.g. {@code border-opening is reported COMPLETED (2024-07, s004)
   * but counts as AGREED: it requires railway, which counts as AGREED (2022-07-01, s003).}
   *
   * @return the sentence
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (!capped) {
      return out.append(milestone)
          .append(" is reported ")
          .append(status)
          .append(IndexMessages.cite(milestoneEvent))
          .append(" though it requires ")
          .append(prerequisite)
          .append(", which is ")
          .append(prerequisiteStatus)
          .append(IndexMessages.cite(prerequisiteEvent))
          .append(": flagged, counted as reported.")
          .toString();
    }
    out.append(milestone)
        .append(" is reported ")
        .append(status)
        .append(IndexMessages.cite(milestoneEvent))
        .append(" but counts as ")
        .append(prerequisiteStatus)
        .append(": it requires ")
        .append(prerequisite);
    if (chain.size() == 1) {
      out.append(", which is ")
          .append(prerequisiteStatus)
          .append(IndexMessages.cite(prerequisiteEvent));
    } else {
      out.append(", which counts as ")
          .append(prerequisiteStatus)
          .append(" through ")
          .append(String.join(" → ", chain.stream().map(MilestoneId::value).toList()))
          .append(", and ")
          .append(origin())
          .append(" is ")
          .append(prerequisiteStatus)
          .append(IndexMessages.cite(originEvent));
    }
    return out.append('.').toString();
  }
}
