package io.github.thaw.io;

import io.github.thaw.model.Status;

/** The model file reader's own messages; the generic ones are in ReadMessages. */
final class FileMessages {
  private FileMessages() {}

  static String statusWithoutMilestone(Status status) {
    return "event sets status "
        + status
        + " but names no milestone; add milestone, or drop status for a context event";
  }

  static String milestoneWithoutStatus(String milestone) {
    return "event names milestone '"
        + milestone
        + "' but no status; add status (one of "
        + Status.scale()
        + ")";
  }
}
