/**
 * Thaw core: the process model, model files, the progress index, scenarios, forecasts and
 * sensitivity. Only API packages are exported; {@code io.github.thaw.internal} and its sub-packages
 * are implementation details.
 */
module io.github.thaw.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires org.apache.commons.math4.legacy;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;
  requires org.apache.commons.statistics.distribution;

  exports io.github.thaw.model;
  exports io.github.thaw.index;
  exports io.github.thaw.io;
  exports io.github.thaw.scenario;
  exports io.github.thaw.sensitivity;
  exports io.github.thaw.forecast;
}
