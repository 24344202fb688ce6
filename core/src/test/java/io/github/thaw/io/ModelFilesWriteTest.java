package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFilesWriteTest {
  static final String REFERENCE_YAML =
      """
      name: Türkiye–Armenia normalization
      asOf: 2025-09-12
      dimensions:
        - id: borders
          name: Borders and people
        - id: transport
          name: Transport
          weight: 2
          description: Rail and road links
      milestones:
        - id: third-country-crossing
          name: Third-country nationals cross
          dimension: borders
        - id: railway-rehabilitation
          name: Kars–Gyumri railway works
          dimension: transport
          weight: 0.5
          description: |-
            Track and signalling repaired.
            Second line of text.
        - id: border-opening
          name: Land border opens for all travellers and trade
          dimension: borders
          requires: [third-country-crossing, railway-rehabilitation]
      sources:
        - id: s001
          outlet: Outlet One
          title: Border closed
          published: 1993
          locator: "001_a.txt"
        - id: s003
          outlet: "Outlet: Two"
          title: Envoys meet
          published: 2022-07
          locator: "003_b.txt"
        - id: s004
          locator: "https://example.org/s004"
      events:
        - date: 1993
          sources: [s001]
          note: Land border closed.
        - date: 2022-07-01
          milestone: third-country-crossing
          status: AGREED
          sources: [s003]
          note: Envoys agree to open the crossing to third-country nationals.
        - date: 2024-07
          milestone: railway-rehabilitation
          status: IN_PROGRESS
          sources: [s003, s004]
      """;

  static final String REFERENCE_JSON =
      """
      {
        "name": "Türkiye–Armenia normalization",
        "asOf": "2025-09-12",
        "dimensions": [
          {
            "id": "borders",
            "name": "Borders and people"
          },
          {
            "id": "transport",
            "name": "Transport",
            "weight": 2,
            "description": "Rail and road links"
          }
        ],
        "milestones": [
          {
            "id": "third-country-crossing",
            "name": "Third-country nationals cross",
            "dimension": "borders"
          },
          {
            "id": "railway-rehabilitation",
            "name": "Kars–Gyumri railway works",
            "dimension": "transport",
            "weight": 0.5,
            "description": "Track and signalling repaired.\\nSecond line of text."
          },
          {
            "id": "border-opening",
            "name": "Land border opens for all travellers and trade",
            "dimension": "borders",
            "requires": ["third-country-crossing", "railway-rehabilitation"]
          }
        ],
        "sources": [
          {
            "id": "s001",
            "outlet": "Outlet One",
            "title": "Border closed",
            "published": "1993",
            "locator": "001_a.txt"
          },
          {
            "id": "s003",
            "outlet": "Outlet: Two",
            "title": "Envoys meet",
            "published": "2022-07",
            "locator": "003_b.txt"
          },
          {
            "id": "s004",
            "locator": "https://example.org/s004"
          }
        ],
        "events": [
          {
            "date": "1993",
            "sources": ["s001"],
            "note": "Land border closed."
          },
          {
            "date": "2022-07-01",
            "milestone": "third-country-crossing",
            "status": "AGREED",
            "sources": ["s003"],
            "note": "Envoys agree to open the crossing to third-country nationals."
          },
          {
            "date": "2024-07",
            "milestone": "railway-rehabilitation",
            "status": "IN_PROGRESS",
            "sources": ["s003", "s004"]
          }
        ]
      }
      """;

  @Test
  void writesYamlInTheDocumentedLayout() {
    // GIVEN the reference model WHEN written as YAML THEN keys are in documented order, defaults
    // are left out and dates keep their precision
    assertThat(ModelFiles.write(TestModels.reference(), FileSyntax.YAML)).isEqualTo(REFERENCE_YAML);
  }

  @Test
  void writesJsonInTheDocumentedLayout() {
    assertThat(ModelFiles.write(TestModels.reference(), FileSyntax.JSON)).isEqualTo(REFERENCE_JSON);
  }

  @Test
  void emptyListsAndAModelWithoutDateAreWrittenPlainly() {
    ProcessModel empty = ProcessModel.builder("Empty").build();
    assertThat(ModelFiles.write(empty, FileSyntax.YAML))
        .isEqualTo("name: Empty\ndimensions: []\nmilestones: []\nsources: []\nevents: []\n");
    assertThat(ModelFiles.write(empty, FileSyntax.JSON))
        .isEqualTo(
            "{\n  \"name\": \"Empty\",\n  \"dimensions\": [],\n  \"milestones\": [],\n"
                + "  \"sources\": [],\n  \"events\": []\n}\n");
  }

  @Test
  void defaultsAreLeftOutButOtherValuesAreKept() {
    // GIVEN weight 1 and empty texts next to weight 0 and a blank-looking text
    ProcessModel model =
        ProcessModel.builder("Defaults")
            .dimension(new Dimension("d", "D", 0.0, ""))
            .milestone(Milestone.builder("a", "A", "d").weight(1.0).description("").build())
            .milestone(Milestone.builder("b", "B", "d").weight(0.0).description(" ").build())
            .source(new Source("s", "", "", null, ""))
            .event(Event.context(PartialDate.ofYear(2000), List.of("s"), ""))
            .build();
    // WHEN written THEN only the non-defaults appear
    assertThat(ModelFiles.write(model, FileSyntax.YAML))
        .isEqualTo(
            """
            name: Defaults
            dimensions:
              - id: d
                name: D
                weight: 0
            milestones:
              - id: a
                name: A
                dimension: d
              - id: b
                name: B
                dimension: d
                weight: 0
                description: " "
            sources:
              - id: s
            events:
              - date: 2000
                sources: [s]
            """);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "plain words, and more | plain words, and more",
        "Türkiye–Armenia | Türkiye–Armenia",
        "yes | \"yes\"",
        "No | \"No\"",
        "null | \"null\"",
        "~ | \"~\"",
        "1993 | \"1993\"",
        "2nd round | \"2nd round\"",
        "a: b | \"a: b\"",
        "#hash | \"#hash\"",
        "note #1 | \"note #1\"",
        "- dash | \"- dash\"",
        "'''quoted''' | '\"''quoted''\"'",
        "it's fine | it's fine",
        "say \"hi\" | \"say \\\"hi\\\"\"",
        "back\\slash | \"back\\\\slash\"",
        "'trailing ' | \"trailing \"",
        "@home | \"@home\"",
        "[list] | \"[list]\"",
        "{map} | \"{map}\"",
        "*star | \"*star\"",
        "&amp | \"&amp\"",
        "!bang | \"!bang\"",
        "% pct | \"% pct\"",
      })
  void yamlQuotesTextOnlyWhenAReaderCouldMisreadIt(String name, String written) {
    // GIVEN a milestone name that YAML might take for something else
    ProcessModel model =
        ProcessModel.builder("Q")
            .dimension(Dimension.of("d", "D"))
            .milestone(Milestone.builder("m", name, "d").build())
            .build();
    // WHEN written THEN it is quoted exactly when needed, and reads back the same
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    assertThat(yaml).contains("\n    name: " + written + "\n");
    assertThat(ModelFiles.read(yaml, "q.yaml", FileSyntax.YAML)).isEqualTo(model);
  }

  @Test
  void idsInOneLineListsAreQuotedWhenTheListSyntaxNeedsIt() {
    // GIVEN source ids with a comma and a question mark, fine in a block but not inside [...]
    ProcessModel model =
        ProcessModel.builder("Flow")
            .source(new Source("s1?", "", "", null, ""))
            .source(new Source("a, b", "", "", null, ""))
            .source(new Source("plain-id", "", "", null, ""))
            .event(Event.context(PartialDate.ofYear(2000), List.of("s1?", "a, b", "plain-id"), ""))
            .build();
    // WHEN written THEN the list quotes them, the block does not need to, and all read back
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    assertThat(yaml)
        .contains("  - id: s1?\n")
        .contains("  - id: a, b\n")
        .contains("    sources: [\"s1?\", \"a, b\", plain-id]\n");
    assertThat(ModelFiles.read(yaml, "f.yaml", FileSyntax.YAML)).isEqualTo(model);
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscaped() {
    // GIVEN a name with characters a YAML reader would take for line breaks or refuse
    String name = "a\tb\u0085c\u2028d\u0001e\uFEFFf";
    ProcessModel model = ProcessModel.builder(name).dimension(Dimension.of("d", "D")).build();
    // WHEN written THEN they are escaped, and read back the same in both formats
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    assertThat(yaml).startsWith("name: \"a\\tb\\u0085c\\u2028d\\u0001e\\uFEFFf\"\n");
    String json = ModelFiles.write(model, FileSyntax.JSON);
    assertThat(json).contains("\"name\": \"a\\tb\u0085c\\u2028d\\u0001e\uFEFFf\"");
    assertThat(ModelFiles.read(yaml, "c.yaml", FileSyntax.YAML)).isEqualTo(model);
    assertThat(ModelFiles.read(json, "c.json", FileSyntax.JSON)).isEqualTo(model);
  }

  @Test
  void multiLineTextUsesALiteralBlockWhenItCan() {
    ProcessModel model =
        ProcessModel.builder("Lines")
            .dimension(new Dimension("a", "A", 1, "first\n\n  indented\nlast\n"))
            .dimension(new Dimension("b", "B", 1, " leading space\nsecond"))
            .build();
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    assertThat(yaml)
        .contains("    description: |\n      first\n\n        indented\n      last\n")
        .contains("    description: \" leading space\\nsecond\"\n");
    assertThat(ModelFiles.read(yaml, "l.yaml", FileSyntax.YAML)).isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ends in two newlines | two\\n\\n | \"two\\n\\n\"",
        "starts with a newline | \\nlate | \"\\nlate\"",
        "a line of spaces | a\\n   \\nb | \"a\\n   \\nb\"",
        "a trailing space | a \\nb | \"a \\nb\"",
        "a tab | a\\tb\\nc | \"a\\tb\\nc\"",
        "a control character | a\\u0007\\nb | \"a\\u0007\\nb\"",
      })
  void multiLineTextALiteralBlockWouldChangeIsQuotedInstead(
      String name, String text, String written) {
    // GIVEN multi-line text that a literal block cannot carry unchanged
    String description = unescape(text);
    ProcessModel model =
        ProcessModel.builder("Lines").dimension(new Dimension("a", "A", 1, description)).build();
    // WHEN written THEN it is one quoted line, and reads back the same
    String yaml = ModelFiles.write(model, FileSyntax.YAML);
    assertThat(yaml).contains("    description: " + written + "\n");
    assertThat(ModelFiles.read(yaml, "l.yaml", FileSyntax.YAML)).isEqualTo(model);
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0007", "\u0007");
  }

  @Test
  void writingToAStreamGivesUtf8AndLeavesItOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    ModelFiles.write(TestModels.reference(), out, FileSyntax.YAML);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(REFERENCE_YAML);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writingAFileChoosesTheFormatByExtensionAndReplacesTheOldContent(@TempDir Path dir)
      throws IOException {
    // GIVEN an existing file
    Path json = dir.resolve("model.json");
    Files.writeString(json, "old content");
    // WHEN a model is written over it and beside it as YAML
    ModelFiles.write(TestModels.reference(), json);
    ModelFiles.write(TestModels.reference(), dir.resolve("model.yml"));
    // THEN each file holds the model in its format, and no temporary file is left
    assertThat(Files.readString(json)).isEqualTo(REFERENCE_JSON);
    assertThat(Files.readString(dir.resolve("model.yml"))).isEqualTo(REFERENCE_YAML);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("model.json", "model.yml");
    }
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
    // GIVEN a target the model cannot replace: a directory that holds a file
    Path target = dir.resolve("model.yaml");
    Files.createDirectory(target);
    Files.writeString(target.resolve("keep.txt"), "kept");
    // WHEN a model is written to it THEN the write fails, the target is untouched and the
    // temporary file is gone
    assertThatThrownBy(() -> ModelFiles.write(TestModels.reference(), target))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.yaml");
    }
  }

  @Test
  void anUnknownExtensionIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path txt = dir.resolve("model.txt");
    Files.writeString(txt, "old");
    assertThatThrownBy(() -> ModelFiles.write(TestModels.reference(), txt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model.txt");
    assertThat(Files.readString(txt)).isEqualTo("old");
  }
}
