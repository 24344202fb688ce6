package io.github.thaw.model;

import io.github.thaw.internal.EditDistance;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Every validation message in one place, so wording stays consistent and tests can pin it. */
final class Messages {
  private Messages() {}

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
