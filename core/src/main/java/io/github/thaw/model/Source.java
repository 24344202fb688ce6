package io.github.thaw.model;

import java.util.Objects;

/**
 * Where evidence comes from: an article, a statement, a dataset.
 *
 * <pre>{@code
 * Source wire = Source.of("s1", "s1.txt");
 * Source article = Source.builder("s004")
 *     .outlet("Example wire").title("Envoys meet for the sixth time")
 *     .published("2025-09-12").locator("https://example.org/envoys")
 *     .reliability(Reliability.C)
 *     .build();
 * }</pre>
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
   * Reliability#F}. Prefer {@link #of(String, String)} or {@link #builder(String)}, which need no
   * nulls for what is unknown.
   *
   * @throws IllegalArgumentException if the id is blank or holds {@code #}
   */
  public Source {
    Objects.requireNonNull(id, "source id");
    Checks.requireText("source id", id);
    if (id.indexOf('#') >= 0) {
      throw new IllegalArgumentException(ModelMessages.hashInSourceId(id));
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

  /**
   * A source known by its id and where it can be read; outlet, title and date unknown.
   *
   * @param id the id events cite
   * @param locator a file name or URL
   * @return the source
   * @throws IllegalArgumentException if the id is blank
   */
  public static Source of(String id, String locator) {
    return builder(id).locator(locator).build();
  }

  /**
   * Starts a source; every field but the id is optional.
   *
   * @param id the id events cite
   * @return a builder with no outlet, title, date or locator
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Source}; fields left unset are unknown. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private String outlet = "";
    private String title = "";
    private PartialDate published;
    private String locator = "";
    private Reliability reliability = Reliability.F;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets who published it.
     *
     * @param outlet the outlet
     * @return this builder
     */
    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    /**
     * Sets its title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets when it was published.
     *
     * @param published {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     * @return this builder
     * @throws IllegalArgumentException if the text is not one of the three forms or not a real date
     */
    public Builder published(String published) {
      return published(PartialDate.parse(published));
    }

    /**
     * Sets when it was published.
     *
     * @param published the date, or null when unknown
     * @return this builder
     */
    public Builder published(PartialDate published) {
      this.published = published;
      return this;
    }

    /**
     * Sets where it can be read.
     *
     * @param locator a file name or URL
     * @return this builder
     */
    public Builder locator(String locator) {
      this.locator = locator;
      return this;
    }

    /**
     * Sets how far it can be trusted (Admiralty code).
     *
     * @param reliability the grade; null means {@link Reliability#F}
     * @return this builder
     */
    public Builder reliability(Reliability reliability) {
      this.reliability = reliability;
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     * @throws IllegalArgumentException if the id is blank
     * @throws NullPointerException if the id is null
     */
    public Source build() {
      return new Source(id, outlet, title, published, locator, reliability);
    }
  }
}
