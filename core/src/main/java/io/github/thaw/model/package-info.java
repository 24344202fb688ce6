/**
 * The process model: milestones in dimensions, hard and soft dependencies, sources and dated, cited
 * events, with queries such as {@link io.github.thaw.model.ProcessModel#stateAt}. Every type is
 * immutable; {@link io.github.thaw.model.ProcessModel#builder} validates a whole model at once and
 * reports every problem in a {@link io.github.thaw.model.ModelException}.
 */
package io.github.thaw.model;
