package io.github.thaw.io;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.util.List;

/** Models and helpers shared by the io tests. */
final class TestModels {
  private TestModels() {}

  /** A small model that uses every key of the format, every date precision and a context event. */
  static ProcessModel reference() {
    return ProcessModel.builder("Türkiye–Armenia normalization")
        .asOf(PartialDate.parse("2025-09-12"))
        .dimension(Dimension.of("borders", "Borders and people"))
        .dimension(new Dimension("transport", "Transport", 2.0, "Rail and road links"))
        .milestone(
            Milestone.builder("third-country-crossing", "Third-country nationals cross", "borders")
                .build())
        .milestone(
            Milestone.builder("railway-rehabilitation", "Kars–Gyumri railway works", "transport")
                .weight(0.5)
                .description("Track and signalling repaired.\nSecond line of text.")
                .build())
        .milestone(
            Milestone.builder(
                    "border-opening", "Land border opens for all travellers and trade", "borders")
                .requires("third-country-crossing", "railway-rehabilitation")
                .build())
        .source(
            new Source(
                "s001", "Outlet One", "Border closed", PartialDate.ofYear(1993), "001_a.txt"))
        .source(
            new Source(
                "s003", "Outlet: Two", "Envoys meet", PartialDate.ofMonth(2022, 7), "003_b.txt"))
        .source(new Source("s004", "", "", null, "https://example.org/s004"))
        .event(Event.context(PartialDate.ofYear(1993), List.of("s001"), "Land border closed."))
        .event(
            Event.status(
                PartialDate.parse("2022-07-01"),
                "third-country-crossing",
                Status.AGREED,
                List.of("s003"),
                "Envoys agree to open the crossing to third-country nationals."))
        .event(
            Event.status(
                PartialDate.parse("2024-07"),
                "railway-rehabilitation",
                Status.IN_PROGRESS,
                List.of("s003", "s004"),
                ""))
        .build();
  }

  /** The problems of a file that must not load, as {@code file:line:col: path: message}. */
  static List<String> problems(String content, String fileName) {
    try {
      ModelFiles.read(content, fileName, FileSyntax.ofFileName(fileName));
    } catch (ModelException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems in " + fileName + " but it loaded");
  }

  /** Reads YAML text named {@code m.yaml}. */
  static ProcessModel yaml(String content) {
    return ModelFiles.read(content, "m.yaml", FileSyntax.YAML);
  }

  /** Reads JSON text named {@code m.json}. */
  static ProcessModel json(String content) {
    return ModelFiles.read(content, "m.json", FileSyntax.JSON);
  }
}
