package io.github.thaw.model;

import java.util.Objects;

/**
 * Where evidence comes from: an article, a statement, a dataset.
 *
 * @param id a short id that events cite, such as {@code s004}
 * @param outlet who published it; may be empty when unknown
 * @param title its title; may be empty
 * @param published when it was published, to the precision known; may be null when unknown
 * @param locator a file name or URL where it can be read; may be empty
 */
public record Source(
    String id, String outlet, String title, PartialDate published, String locator) {
  /**
   * Validates the id and normalises absent texts to empty.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public Source {
    Objects.requireNonNull(id, "source id");
    Checks.requireText("source id", id);
    outlet = outlet == null ? "" : outlet;
    title = title == null ? "" : title;
    locator = locator == null ? "" : locator;
  }
}
