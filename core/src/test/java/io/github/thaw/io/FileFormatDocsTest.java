package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thaw.internal.io.ObjectSpec;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/file-format.md and docs/model.schema.json say what the reader does, and cannot drift. */
class FileFormatDocsTest {
  private static String doc;
  private static JsonNode schema;

  @BeforeAll
  static void load() throws IOException {
    Path docs = docsDirectory();
    doc = Files.readString(docs.resolve("file-format.md"));
    schema = new ObjectMapper().readTree(docs.resolve("model.schema.json").toFile());
  }

  /** The repository's docs folder, found from the test's working directory upwards. */
  private static Path docsDirectory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/model.schema.json"))) {
        return dir.resolve("docs");
      }
    }
    throw new AssertionError("no docs/model.schema.json above " + Path.of("").toAbsolutePath());
  }

  /** The fenced block that follows {@code <!-- test:NAME -->}. */
  private static String block(String name) {
    int marker = doc.indexOf("<!-- test:" + name + " -->");
    assertThat(marker).as("marker " + name).isNotNegative();
    int open = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
    int close = doc.indexOf("\n```", open);
    return doc.substring(open, close + 1);
  }

  @Test
  void theDocumentedExampleLoadsAndRoundTrips() {
    // GIVEN the complete example of the format page WHEN read
    ProcessModel model = ModelFiles.read(block("example-yaml"), "example.yaml", FileSyntax.YAML);
    // THEN it is a valid model with every kind of element
    assertThat(model.dimensions()).hasSize(3);
    assertThat(model.milestones()).hasSize(4);
    assertThat(model.prerequisites(MilestoneId.of("border-opening")))
        .containsExactly(
            MilestoneId.of("third-country-crossing"), MilestoneId.of("railway-rehabilitation"));
    assertThat(model.contextEvents()).hasSize(1);
    assertThat(model.events().get(0).date()).isEqualTo(PartialDate.ofYear(1993));
    // AND it reads back equal from its JSON form
    String json = ModelFiles.write(model, FileSyntax.JSON);
    assertThat(ModelFiles.read(json, "example.json", FileSyntax.JSON)).isEqualTo(model);
  }

  @Test
  void theDocumentedErrorsAreExactlyWhatTheReaderSays() {
    // GIVEN the invalid example WHEN read THEN the output is the one documented
    List<String> expected = block("invalid-output").lines().toList();
    assertThat(TestModels.problems(block("invalid-yaml"), "errors.yaml"))
        .containsExactlyElementsOf(expected);
    // AND fixing the misspelt key reveals the documented cycle
    assertThat(
            TestModels.problems(
                block("invalid-yaml").replace("requries", "requires"), "errors.yaml"))
        .contains(
            "errors.yaml:8:16: milestones[0].requires[0]: dependency cycle:"
                + " border-opening → railway → border-opening");
  }

  @Test
  void theDesignDocumentsExampleUsesOnlyKeysAndValuesOfTheFormat() throws IOException {
    // GIVEN the design document's example, which refers to things it does not declare
    String example;
    try (InputStream in = getClass().getResourceAsStream("design-example.yaml")) {
      example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // WHEN read THEN the only problems are those references: no key, type or value is refused
    assertThat(TestModels.problems(example, "design.yaml"))
        .containsExactly(
            "design.yaml:12:16: milestones[0].requires[0]: Milestone 'third-country-crossing'"
                + " is not in model 'Türkiye–Armenia normalization'",
            "design.yaml:12:40: milestones[0].requires[1]: Milestone 'railway-rehabilitation'"
                + " is not in model 'Türkiye–Armenia normalization'",
            "design.yaml:13:20: milestones[0].influencedBy[0]: Milestone"
                + " 'armenia-azerbaijan-peace' is not in model 'Türkiye–Armenia normalization'",
            "design.yaml:18:16: events[0].milestone: Milestone 'third-country-crossing' is not"
                + " in model 'Türkiye–Armenia normalization'",
            "design.yaml:20:15: events[0].sources[0]: Source 's003' is not in model"
                + " 'Türkiye–Armenia normalization' (did you mean 's004'?)");
  }

  @Test
  void theSchemaIsDraft202012AndClosed() {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    List<String> objects = new ArrayList<>();
    schema
        .path("$defs")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().path("type").asText().equals("object")) {
                objects.add(e.getKey());
              }
            });
    assertThat(objects).containsExactly("dimension", "milestone", "source", "event");
  }

  @Test
  void theSchemaListsExactlyTheReadersKeys() {
    // GIVEN each mapping the reader knows WHEN compared with the schema THEN the keys, their
    // order, the required ones and the closedness agree
    Map<ObjectSpec, JsonNode> pairs =
        Map.of(
            ModelFileReader.MODEL, schema,
            ModelFileReader.DIMENSION, schema.path("$defs").path("dimension"),
            ModelFileReader.MILESTONE, schema.path("$defs").path("milestone"),
            ModelFileReader.SOURCE, schema.path("$defs").path("source"),
            ModelFileReader.EVENT, schema.path("$defs").path("event"));
    pairs.forEach(
        (spec, node) -> {
          List<String> keys = new ArrayList<>();
          node.path("properties").fieldNames().forEachRemaining(keys::add);
          List<String> required = new ArrayList<>();
          node.path("required").forEach(r -> required.add(r.asText()));
          assertThat(keys).as(spec.kind() + " keys").isEqualTo(spec.keys());
          assertThat(required)
              .as(spec.kind() + " required")
              .containsExactlyInAnyOrderElementsOf(spec.required());
          assertThat(node.path("additionalProperties").asBoolean(true))
              .as(spec.kind() + " additionalProperties")
              .isFalse();
        });
  }

  @Test
  void theFormatPageHasATableRowForEveryKey() {
    for (ObjectSpec spec :
        List.of(
            ModelFileReader.MODEL,
            ModelFileReader.DIMENSION,
            ModelFileReader.MILESTONE,
            ModelFileReader.SOURCE,
            ModelFileReader.EVENT)) {
      for (String key : spec.keys()) {
        assertThat(doc).as(spec.kind() + "." + key).contains("| `" + key + "` |");
      }
    }
  }

  @Test
  void theSchemaStatusesAreTheScale() {
    List<String> statuses = new ArrayList<>();
    schema.path("$defs").path("status").path("enum").forEach(s -> statuses.add(s.asText()));
    assertThat(statuses)
        .containsExactlyElementsOf(Arrays.stream(Status.values()).map(Enum::name).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"border-opening", "a", "a1-b2", "2024", "Border", "a--b", "-a", "a-", "a_b", ""})
  void theSchemaIdPatternIsTheModels(String id) {
    Pattern slug = Pattern.compile(schema.path("$defs").path("slug").path("pattern").asText());
    assertThat(slug.matcher(id).find()).as(id).isEqualTo(MilestoneId.isValid(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1993",
        "2024-07",
        "2022-07-01",
        "0001",
        "9999-12-31",
        "0000",
        "2024-13",
        "2024-00",
        "2024-07-00",
        "2024-07-32",
        "93",
        "2024-7",
        "2024/07",
        "July 2024"
      })
  void theSchemaDatePatternAcceptsWhatTheReaderAcceptsInForm(String date) {
    // The pattern cannot know month lengths (2023-02-30); every other date it agrees on.
    Pattern form =
        Pattern.compile(
            schema.path("$defs").path("date").path("oneOf").get(0).path("pattern").asText());
    boolean parses;
    try {
      PartialDate.parse(date);
      parses = true;
    } catch (IllegalArgumentException e) {
      parses = false;
    }
    assertThat(form.matcher(date).find()).as(date).isEqualTo(parses);
  }
}
