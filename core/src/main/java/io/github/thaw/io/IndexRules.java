package io.github.thaw.io;

import io.github.thaw.index.IndexMethod;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import java.util.List;

/**
 * The index's own rules on a model's weights, turned into problems at the file's paths: a model
 * file that no command could compute an index on is invalid when read, not later with a message
 * that names no line.
 */
final class IndexRules {
  private IndexRules() {}

  /**
   * The problems the default index method finds in a model.
   *
   * @param model the model as read
   * @return no problem, or one at the dimension it names (else at {@code dimensions})
   */
  static List<Problem> problems(ProcessModel model) {
    try {
      IndexMethod.defaults().prepare(model);
      return List.of();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      List<Dimension> dims = model.dimensions();
      // Only a message that names a dimension as one ("dimension 'x'") is located there: a model
      // named like one of its dimensions must not draw a problem about the model to it.
      for (int i = 0; i < dims.size(); i++) {
        if (message.contains("dimension '" + dims.get(i).id() + "'")) {
          return List.of(Problem.at("dimensions[" + i + "]", message));
        }
      }
      return List.of(Problem.at("dimensions", message));
    }
  }
}
