package io.github.thaw.cli;

import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.GraphExport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes the model in the file format, to stdout. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
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
      paramLabel = "json|yaml|dot|mermaid",
      description = "Output format. With --json: json only.")
  Format format;

  @Mixin AsOfOption asOf;

  @Override
  public Integer call() throws java.io.IOException {
    if (options.json() && format != Format.json) {
      throw new ParameterException(spec.commandLine(), CliMessages.jsonWithFormat(format.name()));
    }
    ProcessModel m = options.load();
    String text =
        switch (format) {
          case json -> ModelFiles.write(m, FileSyntax.JSON);
          case yaml -> ModelFiles.write(m, FileSyntax.YAML);
          case dot -> GraphExport.dot(m, asOf.orReference(m));
          case mermaid -> GraphExport.mermaid(m, asOf.orReference(m));
        };
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
