package io.github.thaw.cli;

import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ModelFormat;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.GraphExport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the model in the file format, to stdout. */
@Command(
    name = "export",
    description = {
      "Print the model in the file format (json, yaml) or its dependency graph (dot, mermaid).",
      "Graph nodes are coloured by status as of --as-of; edges where gating bites are red."
    })
final class ExportCommand implements Callable<Integer> {
  /** The formats this command writes. */
  enum Format {
    json,
    yaml,
    dot,
    mermaid
  }

  @Mixin ModelOptions options;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() throws java.io.IOException {
    ProcessModel m = options.load();
    LocalDate date = asOf.orLatest(m);
    String text =
        switch (format) {
          case json -> ModelFiles.write(m, ModelFormat.JSON);
          case yaml -> ModelFiles.write(m, ModelFormat.YAML);
          case dot -> GraphExport.dot(m, date);
          case mermaid -> GraphExport.mermaid(m, date);
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
