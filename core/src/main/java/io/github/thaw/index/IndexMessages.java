package io.github.thaw.index;

import io.github.thaw.model.Event;
import io.github.thaw.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every message of the index package in one place, so wording stays consistent and tests pin it.
 */
final class IndexMessages {
  private IndexMessages() {}

  static String badScale(double scale) {
    return "score scale is " + scale + "; it must be a finite number > 0";
  }

  static String scoreCount(int got) {
    return "expected 4 status scores, one each for " + Status.scale() + "; got " + got;
  }

  static String scoreOutOfRange(Status status, double value, double scale) {
    if (scale == 1.0) {
      return "score of " + status + " is " + value + "; every score must lie in [0, 1]";
    }
    return "points of "
        + status
        + " are "
        + value
        + "; points must lie in [0, "
        + scale
        + "], the scale";
  }

  static String scoreDecreasing(
      Status status, double value, Status previous, double previousValue, double scale) {
    String noun = scale == 1.0 ? "score" : "points";
    return noun
        + " of "
        + status
        + " ("
        + value
        + (scale == 1.0 ? ") is below the " : ") are below the ")
        + noun
        + " of "
        + previous
        + " ("
        + previousValue
        + "); "
        + (scale == 1.0 ? "scores" : "points")
        + " must not decrease from NOT_STARTED to COMPLETED";
  }

  static String badWeight(String id, double weight) {
    return "weight of '" + id + "' is " + weight + "; a weight must be a finite number >= 0";
  }

  static String explicitAndAhp(String id) {
    return "'" + id + "' has both an explicit weight and an AHP matrix; keep one";
  }

  static String twoAhp(String id) {
    return "'" + id + "' is in two AHP matrices; an element belongs to at most one";
  }

  static String ahpSize(int n) {
    return "an AHP matrix compares 1 to "
        + Ahp.MAX_SIZE
        + " elements (Saaty's random index is published up to "
        + Ahp.MAX_SIZE
        + "); got "
        + n;
  }

  static String ahpDuplicateLabel(String label) {
    return "AHP label '" + label + "' appears twice";
  }

  static String ahpRows(int labels, int rows) {
    return "AHP matrix has " + rows + " rows for " + labels + " labels; it needs one row per label";
  }

  static String ahpRowLength(int i, String label, int length, int n) {
    return "AHP matrix row " + i + " ('" + label + "') has " + length + " entries; expected " + n;
  }

  private static String cell(int i, int j, List<String> labels) {
    return "[" + i + "][" + j + "] ('" + labels.get(i) + "' over '" + labels.get(j) + "')";
  }

  static String ahpEntry(int i, int j, List<String> labels, double x) {
    return "AHP matrix entry "
        + cell(i, j, labels)
        + " is "
        + x
        + "; every entry must be a finite number > 0";
  }

  static String ahpEntryRange(int i, int j, List<String> labels, double x) {
    return "AHP matrix entry "
        + cell(i, j, labels)
        + " is "
        + x
        + "; entries must lie between 1/"
        + (long) Ahp.MAX_ENTRY
        + " and "
        + (long) Ahp.MAX_ENTRY
        + " (Saaty's scale is 1/9 to 9)";
  }

  static String ahpNumerical() {
    return "the AHP matrix's principal eigenvector could not be computed to positive weights";
  }

  static String ahpDiagonal(int i, List<String> labels, double x) {
    return "AHP matrix entry " + cell(i, i, labels) + " is " + x + "; the diagonal must be 1";
  }

  static String ahpReciprocal(int i, int j, List<String> labels, double aij, double aji) {
    return "AHP matrix is not reciprocal: "
        + cell(i, j, labels)
        + " is "
        + aij
        + " but ["
        + j
        + "]["
        + i
        + "] is "
        + aji
        + "; it must be 1/"
        + aij
        + " within 1%";
  }

  static String ahpJudgements(int n, int expected, int got) {
    return n + " labels need " + expected + " judgements above the diagonal; got " + got;
  }

  static String ahpUnknownLabel(String label, List<String> labels) {
    return "'" + label + "' is not compared in AHP matrix " + labels;
  }

  static String ahpInconsistent(List<String> labels, double cr) {
    return "AHP matrix over "
        + labels
        + " has consistency ratio "
        + String.format(Locale.ROOT, "%.3f", cr)
        + ", above 0.10; revise the judgements, or call acceptInconsistency() to use it anyway";
  }

  static String ahpMixesDimensions(List<String> labels, String a, String b) {
    return "AHP matrix over "
        + labels
        + " mixes milestones of dimensions '"
        + a
        + "' and '"
        + b
        + "'; compare the milestones of one dimension per matrix";
  }

  static String ahpMissesMilestone(List<String> labels, String milestone, String dimension) {
    if (dimension == null) {
      return "AHP matrix over "
          + labels
          + " leaves out milestone '"
          + milestone
          + "'; with pooled dimensions a matrix must compare every milestone";
    }
    return "AHP matrix over "
        + labels
        + " leaves out milestone '"
        + milestone
        + "' of dimension '"
        + dimension
        + "'; a matrix must compare every milestone of its dimension";
  }

  static String ahpMissesDimension(List<String> labels, String dimension) {
    return "AHP matrix over "
        + labels
        + " leaves out dimension '"
        + dimension
        + "'; a matrix of dimension weights must compare every dimension";
  }

  static String dimensionAhpCount(int n) {
    return "dimension weights take one AHP matrix; got " + n;
  }

  static String negativeWindow(int days) {
    return "dispute window must be 0 days or more, found " + days;
  }

  static String fromAfterTo(LocalDate from, LocalDate to) {
    return "trajectory from " + from + " to " + to + ": 'from' must not be after 'to'";
  }

  /** A number without a needless {@code .0}: {@code 3}, {@code 0.25}. */
  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  /** One decimal, as reports print index values. */
  static String oneDecimal(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  /** {@code " (2022-07-01, s003)"} for an event, {@code " (no report yet)"} for none. */
  static String cite(Optional<Event> event) {
    return event
        .map(e -> " (" + e.date() + ", " + String.join(", ", e.sources()) + ")")
        .orElse(" (no report yet)");
  }
}
