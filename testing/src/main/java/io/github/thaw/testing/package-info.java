/**
 * Assertions that turn an analyst's assumptions about a normalization process into unit tests:
 * {@code assertThat(model).milestone("border-opening").requires("railway-rehabilitation")}. Start
 * from {@link io.github.thaw.testing.ThawAssertions}; it works with any test runner.
 */
package io.github.thaw.testing;
