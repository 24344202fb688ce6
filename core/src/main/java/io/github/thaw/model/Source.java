package io.github.thaw.model;

import java.util.Objects;

/**
 * Where evidence comes from: an article, a statement, a dataset.
 *
 * @param id a short id that events cite, such as {@code s004}; never contains {@code #}, which
 *     separates a source from a paragraph in a {@link Citation}
 * @param outlet who published it; may be empty when unknown
 * @param title its title; may be empty
 * @param published when it was published, to the precision known; may be null when unknown
 * @param locator a file name or URL where it can be read; may be empty
 * @param reliability how far it can be trusted (Admiralty code); {@link Reliability#F} when not
 *     judged
 */
public record Source(
    String id,
    String outlet,
    String title,
    PartialDate published,
    String locator,
    Reliability reliability) {
  /**
   * Validates the id and normalises absent texts to empty and an absent grade to {@link
   * Reliability#F}.
   *
   * @throws IllegalArgumentException if the id is blank or holds {@code #}
   */
  public Source {
    Objects.requireNonNull(id, "source id");
    Checks.requireText("source id", id);
    if (id.indexOf('#') >= 0) {
      throw new IllegalArgumentException(Messages.hashInSourceId(id));
    }
    outlet = outlet == null ? "" : outlet;
    title = title == null ? "" : title;
    locator = locator == null ? "" : locator;
    reliability = reliability == null ? Reliability.F : reliability;
  }

  /**
   * A source whose reliability is not judged ({@link Reliability#F}).
   *
   * @param id a short id that events cite
   * @param outlet who published it; may be empty
   * @param title its title; may be empty
   * @param published when it was published; may be null
   * @param locator a file name or URL; may be empty
   * @throws IllegalArgumentException if the id is blank or holds {@code #}
   */
  public Source(String id, String outlet, String title, PartialDate published, String locator) {
    this(id, outlet, title, published, locator, Reliability.F);
  }

  /**
   * The same source with another grade.
   *
   * @param grade the grade; null means {@link Reliability#F}
   * @return a new source
   */
  public Source withReliability(Reliability grade) {
    return new Source(id, outlet, title, published, locator, grade);
  }
}
