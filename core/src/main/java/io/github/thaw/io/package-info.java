/**
 * Model files: {@link io.github.thaw.io.ModelFiles} reads and writes a {@link
 * io.github.thaw.model.ProcessModel} as YAML or JSON, reporting every problem of a file at once
 * with its line, column and path; {@link io.github.thaw.io.ModelReader} sets the reading limits.
 * The format is specified in {@code docs/file-format.md} and {@code docs/model.schema.json}.
 */
package io.github.thaw.io;
