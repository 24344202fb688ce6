package io.github.thaw.cli;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.io.MethodFiles;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --method default|legacy|pam|pam-implementation|FILE}. */
final class MethodOption {
  @Option(
      names = "--method",
      paramLabel = "default|legacy|pam|pam-implementation|FILE",
      description =
          "Index method: default (PAM's implementation coding 0, 0, 2/3, 1, milestones"
              + " pooled), legacy (the default before 0.x's second round: scores 0, 1/3, 2/3, 1"
              + " by dimension), pam (Peace Accords Matrix aggregate), pam-implementation"
              + " (Thaw's dimensions on PAM's implementation coding), or a method file.")
  String method = "default";

  /**
   * The method, a method file checked against the model it will meet: a weight or AHP label naming
   * a dimension or milestone the model lacks is a located problem (exit 3).
   */
  IndexMethod load(ProcessModel model) throws IOException {
    return switch (method) {
      case "default" -> IndexMethod.defaults();
      case "legacy" -> IndexMethod.legacy();
      case "pam" -> IndexMethod.pam();
      case "pam-implementation" -> IndexMethod.pamImplementation();
      default -> MethodFiles.read(Path.of(method), model);
    };
  }
}
