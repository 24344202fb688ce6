package io.github.thaw.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated, cited fact. Either it sets a milestone's status, or it is context (a meeting, a summit,
 * a closure) shown on timelines and never scored.
 *
 * <pre>{@code
 * Event vienna = Event.status("2022-07-01", "third-country-crossing", Status.AGREED, "s003#5")
 *     .withNote("Envoys agree in Vienna to open the crossing to third-country nationals.");
 * Event closure = Event.context("1993", "s001").withNote("Land border closed.");
 * }</pre>
 *
 * <p>Dates are given as text, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or as a {@link
 * PartialDate}; the factories taking text parse it with {@link PartialDate#parse(String)}.
 *
 * @param date when it happened, to the precision known
 * @param milestone the milestone whose status it sets; empty for a context event
 * @param status the status it sets; present exactly when {@code milestone} is
 *     <p>A cited source may name the paragraph that supports the claim ({@code "s004#7"}, see
 *     {@link Citation}): {@link #sources()} gives the ids alone, {@link #citations()} the ids with
 *     their paragraphs, in the same order.
 * @param date when it happened, to the precision known
 * @param milestone the milestone whose status it sets; empty for a context event
 * @param status the status it sets; present exactly when {@code milestone} is
 * @param sources ids of the sources that report it, at least one, without paragraphs
 * @param note one line in the model author's own words; may be empty
 * @param citations the same sources with the paragraph each cites, in the order of {@code sources}
 */
public record Event(
    PartialDate date,
    Optional<MilestoneId> milestone,
    Optional<Status> status,
    List<String> sources,
    String note,
    List<Citation> citations) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if exactly one of milestone and status is present, or the
   *     citations do not name the sources in order
   * @throws NullPointerException if the date, the source list or the citation list is null
   */
  public Event {
    Objects.requireNonNull(date, "event date");
    Objects.requireNonNull(milestone, "milestone (use Optional.empty() for a context event)");
    Objects.requireNonNull(status, "status (use Optional.empty() for a context event)");
    if (milestone.isPresent() != status.isPresent()) {
      throw new IllegalArgumentException(
          milestone.isPresent()
              ? "event of " + date + " names milestone '" + milestone.get() + "' but no status"
              : "event of " + date + " sets status " + status.get() + " but names no milestone");
    }
    sources = List.copyOf(sources);
    citations = List.copyOf(citations);
    if (!sameSources(sources, citations)) {
      throw new IllegalArgumentException(ModelMessages.citationMismatch(sources, citations));
    }
    note = note == null ? "" : note;
  }

  /**
   * An event that sets a milestone's status, without a note (add one with {@link
   * #withNote(String)}).
   *
   * @param date when: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @param milestone the milestone id
   * @param status the status it now has
   * @param sources cited source ids
   * @return the event
   * @throws IllegalArgumentException if the date is not one of the three forms or the milestone id
   *     is not lower-kebab-case
   */
  public static Event status(String date, String milestone, Status status, String... sources) {
    return status(PartialDate.parse(date), milestone, status, sources);
  }

  /**
   * An event that sets a milestone's status, without a note (add one with {@link
   * #withNote(String)}).
   *
   * @param date when
   * @param milestone the milestone id
   * @param status the status it now has
   * @param sources cited source ids
   * @return the event
   * @throws IllegalArgumentException if the milestone id is not lower-kebab-case
   */
  public static Event status(PartialDate date, String milestone, Status status, String... sources) {
    return status(date, milestone, status, List.of(sources), "");
  }

  /**
   * An event whose sources are written as in model files, each {@code ID} or {@code ID#N}.
   *
   * @param date when it happened
   * @param milestone the milestone whose status it sets; empty for a context event
   * @param status the status it sets; present exactly when {@code milestone} is
   * @param sources citations, each a source id optionally followed by {@code #} and a paragraph
   * @param note one line; may be empty
   * @throws IllegalArgumentException if exactly one of milestone and status is present, or a
   *     citation is malformed
   * @throws NullPointerException if the date or the source list is null
   */
  public Event(
      PartialDate date,
      Optional<MilestoneId> milestone,
      Optional<Status> status,
      List<String> sources,
      String note) {
    this(date, milestone, status, ids(parsed(sources)), note, parsed(sources));
  }

  private static List<Citation> parsed(List<String> sources) {
    return Citation.parseAll(Objects.requireNonNull(sources, "event sources"));
  }

  private static List<String> ids(List<Citation> citations) {
    List<String> out = new ArrayList<>(citations.size());
    citations.forEach(c -> out.add(c.source()));
    return out;
  }

  private static boolean sameSources(List<String> sources, List<Citation> citations) {
    if (sources.size() != citations.size()) {
      return false;
    }
    for (int i = 0; i < sources.size(); i++) {
      if (!sources.get(i).equals(citations.get(i).source())) {
        return false;
      }
    }
    return true;
  }

  /**
   * An event that sets a milestone's status.
   *
   * @param date when
   * @param milestone the milestone id
   * @param status the status it now has
   * @param sources cited source ids, each optionally with {@code #} and a paragraph
   * @param note one line
   * @return the event
   * @throws IllegalArgumentException if a citation is malformed
   */
  public static Event status(
      PartialDate date, String milestone, Status status, List<String> sources, String note) {
    return new Event(
        date, Optional.of(MilestoneId.of(milestone)), Optional.of(status), sources, note);
  }

  /**
   * A context event (no milestone, no status), without a note (add one with {@link
   * #withNote(String)}).
   *
   * @param date when: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
   * @param sources cited source ids
   * @return the event
   * @throws IllegalArgumentException if the date is not one of the three forms
   */
  public static Event context(String date, String... sources) {
    return context(PartialDate.parse(date), List.of(sources), "");
  }

  /**
   * A context event (no milestone, no status), without a note.
   *
   * @param date when
   * @param sources cited source ids
   * @return the event
   */
  public static Event context(PartialDate date, String... sources) {
    return context(date, List.of(sources), "");
  }

  /**
   * A context event: no milestone, no status.
   *
   * @param date when
   * @param sources cited source ids, each optionally with {@code #} and a paragraph
   * @param note one line
   * @return the event
   * @throws IllegalArgumentException if a citation is malformed
   */
  public static Event context(PartialDate date, List<String> sources, String note) {
    return new Event(date, Optional.empty(), Optional.empty(), sources, note);
  }

  /**
   * The same event with another note.
   *
   * @param note one line in the model author's own words; null or empty for none
   * @return a new event; this one is unchanged
   */
  public Event withNote(String note) {
    return new Event(date, milestone, status, sources, note, citations);
  }

  /**
   * Whether this event is context only.
   *
   * @return true if it names no milestone
   */
  public boolean isContext() {
    return milestone.isEmpty();
  }

  @Override
  public String toString() {
    String what = milestone.map(m -> m + " " + status.orElseThrow()).orElse("context");
    return date + " " + what + " " + citations + (note.isEmpty() ? "" : " — " + note);
  }
}
