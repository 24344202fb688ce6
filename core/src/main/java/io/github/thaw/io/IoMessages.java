package io.github.thaw.io;

import io.github.thaw.model.Citation;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;

/** The model file reader's own messages; the generic ones are in InternalIoMessages. */
final class IoMessages {
  private IoMessages() {}

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

  static String notAFolder(java.nio.file.Path folder) {
    return "sources folder '"
        + folder
        + "' is not a folder; give the folder that holds the documents";
  }

  static String badLocator(String locator, java.nio.file.Path folder) {
    return "locator '" + locator + "' is not a file name that can be looked up in '" + folder + "'";
  }

  static String locatorOutside(String locator, java.nio.file.Path folder) {
    return "locator '"
        + locator
        + "' points outside the sources folder '"
        + folder
        + "'; a locator is a file name inside it, or a URL";
  }

  static String notInFolder(String locator, java.nio.file.Path folder) {
    return "locator '" + locator + "' is not a file in '" + folder + "'";
  }

  static String documentTooLarge(String locator, long size, long max) {
    return "document '"
        + locator
        + "' has "
        + size
        + " bytes, more than the "
        + max
        + " a source document may have; is the locator right?";
  }

  static String unreadable(String locator, String why) {
    return "document '" + locator + "' cannot be read: " + why;
  }

  static String noLocator(Citation c) {
    return "citation '"
        + c
        + "' names a paragraph, but source '"
        + c.source()
        + "' has no locator to find it in; add the source's locator";
  }

  static String noSuchParagraph(Citation c, Source s, int count) {
    return "citation '"
        + c
        + "': '"
        + s.locator()
        + "' has "
        + count
        + (count == 1 ? " paragraph" : " paragraphs")
        + " (non-blank lines), so the paragraph must be 1 to "
        + count;
  }

  /**
   * A method file's weight or AHP label that names no element of the model: {@code weight names
   * dimension 'diplomcy', which is not in model 'm' (did you mean 'diplomacy'?)}.
   */
  static String methodUnknownId(
      boolean dimension, boolean label, String id, String model, String hint) {
    String kind = dimension ? "dimension" : "milestone";
    return (label ? "AHP label names " : "weight names ")
        + kind
        + " '"
        + id
        + "', which is not in model '"
        + model
        + "'"
        + hint;
  }
}
