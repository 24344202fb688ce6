package io.github.thaw.cli;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.MethodFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --method default|pam|FILE}. */
final class MethodOption {
  @Option(
      names = "--method",
      paramLabel = "default|pam|FILE",
      description = "Index method: default, pam (Peace Accords Matrix), or a method file.")
  String method = "default";

  IndexMethod load() throws IOException {
    return switch (method) {
      case "default" -> IndexMethod.defaults();
      case "pam" -> IndexMethod.pam();
      default -> MethodFiles.read(Path.of(method));
    };
  }
}
