package io.github.thaw.model;

import io.github.thaw.internal.EditDistance;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every validation message in one place, so wording stays consistent and tests can pin it.
 *
 * <p>A model read from a file is reported by position ({@code file:line:col: path: message}), so
 * its messages may lean on the path. A model built in code is reported to a Java caller who never
 * wrote an index, so the messages for {@link ProcessModel.Builder#build()} name the element
 * instead: the milestone, the dimension, or the event by its date and milestone.
 */
final class ModelMessages {
  private ModelMessages() {}

  static String unknown(String kind, String id, String model, Collection<String> known) {
    return kind + " '" + id + "' is not in model '" + model + "'" + EditDistance.hint(id, known);
  }

  static String blankName() {
    return "model name must not be blank";
  }

  static String duplicate(String kind, String id, String firstPath) {
    return kind + " '" + id + "' is declared twice (first at " + firstPath + ")";
  }

  static String listedTwice(MilestoneId milestone, String list, MilestoneId other) {
    return "milestone '" + milestone + "' lists '" + other + "' twice in " + list;
  }

  static String hardAndSoft(MilestoneId milestone, MilestoneId other) {
    return "milestone '"
        + milestone
        + "' lists '"
        + other
        + "' both in requires and influencedBy; keep one";
  }

  static String cycle(List<MilestoneId> path) {
    return "dependency cycle: "
        + path.stream().map(MilestoneId::value).collect(Collectors.joining(" → "));
  }

  static String noSource() {
    return "event cites no source; every event needs at least one";
  }

  static String citedTwice(String source) {
    return "event cites source '" + source + "' twice";
  }

  static String notInState(String id, LocalDate date, Collection<String> known) {
    return "Milestone '" + id + "' is not in the state at " + date + EditDistance.hint(id, known);
  }

  // ---- messages for a model built in code: they name the element, not its position

  static String addedTwice(String kind, String id, String model) {
    return kind + " '" + id + "' is added twice to model '" + model + "'";
  }

  static String unknownDimensionOf(
      MilestoneId milestone, String dimension, String model, Collection<String> known) {
    return "milestone '"
        + milestone
        + "' is in dimension '"
        + dimension
        + "', which is not in model '"
        + model
        + "'"
        + EditDistance.hint(dimension, known);
  }

  static String unknownPrerequisite(
      MilestoneId milestone,
      boolean hard,
      MilestoneId prerequisite,
      String model,
      Collection<String> known) {
    return "milestone '"
        + milestone
        + (hard ? "' requires '" : "' is influenced by '")
        + prerequisite
        + "', which is not in model '"
        + model
        + "'"
        + EditDistance.hint(prerequisite.value(), known);
  }

  static String unknownMilestoneOf(Event event, String model, Collection<String> known) {
    String id = event.milestone().orElseThrow().value();
    return "event of "
        + event.date()
        + " sets milestone '"
        + id
        + "', which is not in model '"
        + model
        + "'"
        + EditDistance.hint(id, known);
  }

  static String unknownSourceOf(
      Event event, String source, String model, Collection<String> known) {
    return event(event)
        + " cites source '"
        + source
        + "', which is not in model '"
        + model
        + "'"
        + EditDistance.hint(source, known);
  }

  static String noSource(Event event) {
    return event(event) + " cites no source; every event needs at least one";
  }

  static String citedTwice(Event event, String source) {
    return event(event) + " cites source '" + source + "' twice";
  }

  /** {@code event of 2022-07-01 on 'crossing'}, or {@code context event of 1993}. */
  private static String event(Event e) {
    return e.milestone()
        .map(m -> "event of " + e.date() + " on '" + m + "'")
        .orElse("context event of " + e.date());
  }

  static String hashInSourceId(String source) {
    return "source id '"
        + source
        + "' holds '#', which separates a source from a paragraph in citations (s004#7); drop it";
  }

  static String badParagraph(String citation) {
    return "citation '"
        + citation
        + "' is neither a source id nor ID#N with a paragraph N from 1 (e.g. s004#7)";
  }

  static String badReliability(String text, String grades) {
    return "reliability '" + text + "' is not a grade; allowed: " + grades;
  }

  static String citationMismatch(List<String> sources, List<Citation> citations) {
    return "event sources " + sources + " do not match its citations " + citations;
  }
}
