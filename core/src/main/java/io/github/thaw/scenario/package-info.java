/**
 * What-if scenarios: named, ordered changes applied to a copy of a baseline model, and their
 * comparison with the baseline.
 */
package io.github.thaw.scenario;
