/**
 * The process model: milestones in dimensions, hard and soft dependencies, sources and dated, cited
 * events, with queries such as {@link io.github.thaw.model.ProcessModel#stateAt}. Every type is
 * immutable; {@link io.github.thaw.model.ProcessModel#builder} validates a whole model at once and
 * reports every problem in a {@link io.github.thaw.model.ModelException}, each naming the element
 * it is about. Dates of events, sources and {@code asOf} are given as text ({@code "2024-03"}) or
 * as a {@link io.github.thaw.model.PartialDate}; dates to query at are {@link
 * java.time.LocalDate}s.
 */
package io.github.thaw.model;
