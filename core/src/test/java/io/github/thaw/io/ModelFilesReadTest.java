package io.github.thaw.io;

import static io.github.thaw.io.TestModels.json;
import static io.github.thaw.io.TestModels.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelFilesReadTest {
  private static final String DESIGN_STYLE =
      """
      name: Türkiye–Armenia normalization
      asOf: 2025-09-12                # optional: the date the data was last checked
      dimensions:
        - {id: borders, name: Borders and people, weight: 1}
      milestones:
        - id: third-country-crossing
          name: Third-country nationals cross
          dimension: borders
        - id: border-opening
          name: Land border opens for all travellers and trade
          dimension: borders
          weight: 1                   # optional, default 1
          requires: [third-country-crossing]
      sources:
        - {id: s004, outlet: "...", title: "...", published: 2025-09-12, locator: 004_85860475b877c7e2.txt}
      events:
        - date: 2022-07-01
          milestone: third-country-crossing   # omit for a context event
          status: AGREED
          sources: [s004]
          note: In the project's own words, one line.
      """;

  @Test
  void readsTheDesignStyleExample() {
    // GIVEN a file in the style of the design document WHEN it is read
    ProcessModel model = yaml(DESIGN_STYLE);
    // THEN every value lands where it belongs
    assertThat(model.name()).isEqualTo("Türkiye–Armenia normalization");
    assertThat(model.asOf()).contains(PartialDate.parse("2025-09-12"));
    assertThat(model.dimension("borders").weight()).isEqualTo(1.0);
    Milestone opening = model.milestone("border-opening");
    assertThat(opening.requires()).containsExactly(MilestoneId.of("third-country-crossing"));
    assertThat(opening.influencedBy()).isEmpty();
    assertThat(model.source("s004"))
        .isEqualTo(
            new Source(
                "s004", "...", "...", PartialDate.parse("2025-09-12"), "004_85860475b877c7e2.txt"));
    assertThat(model.events())
        .containsExactly(
            Event.status(
                PartialDate.parse("2022-07-01"),
                "third-country-crossing",
                Status.AGREED,
                List.of("s004"),
                "In the project's own words, one line."));
  }

  @Test
  void optionalKeysTakeTheirDefaults() {
    // GIVEN a milestone and a dimension with only their required keys
    ProcessModel model =
        yaml(
            """
            name: Minimal
            dimensions: [{id: d, name: D}]
            milestones: [{id: m, name: M, dimension: d}]
            """);
    // THEN weight is 1, texts are empty, lists are empty, and no date is set
    Milestone m = model.milestone("m");
    assertThat(m.weight()).isEqualTo(1.0);
    assertThat(m.description()).isEmpty();
    assertThat(m.requires()).isEmpty();
    assertThat(m.influencedBy()).isEmpty();
    assertThat(model.dimension("d").description()).isEmpty();
    assertThat(model.asOf()).isEmpty();
    assertThat(model.sources()).isEmpty();
    assertThat(model.events()).isEmpty();
  }

  @Test
  void aModelNeedsOnlyAName() {
    // GIVEN a file with a name and nothing else WHEN it is read THEN it is an empty model
    assertThat(yaml("name: Nothing yet\n").milestones()).isEmpty();
    assertThat(json("{\"name\": \"Nothing yet\"}").dimensions()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-07-01   | 2022-07-01",
        "'2022-07-01' | 2022-07-01",
        "2024-07      | 2024-07",
        "1993         | 1993",
        "\"1993\"     | 1993"
      })
  void yamlDatesAreReadAsTextInTheirOwnPrecision(String written, String expected) {
    // GIVEN a YAML date written bare or quoted, which YAML alone would type as a timestamp or int
    ProcessModel model =
        yaml(
            "name: D\nasOf: "
                + written
                + "\nsources: [{id: s, published: "
                + written
                + "}]\nevents: [{date: "
                + written
                + ", sources: [s]}]\n");
    // THEN it keeps the precision it was written with
    PartialDate date = PartialDate.parse(expected);
    assertThat(model.asOf()).contains(date);
    assertThat(model.source("s").published()).isEqualTo(date);
    assertThat(model.events().get(0).date()).isEqualTo(date);
    assertThat(model.events().get(0).date().toString()).isEqualTo(expected);
  }

  @Test
  void jsonAcceptsAYearAsANumber() {
    // GIVEN JSON with a year as a number and other dates as strings
    ProcessModel model =
        json(
            """
            {"name": "D", "asOf": "2025-09",
             "sources": [{"id": "s", "published": 1993}],
             "events": [{"date": 1993, "sources": ["s"]}]}
            """);
    // THEN the number is the year
    assertThat(model.source("s").published()).isEqualTo(PartialDate.ofYear(1993));
    assertThat(model.events().get(0).date()).isEqualTo(PartialDate.ofYear(1993));
    assertThat(model.asOf()).contains(PartialDate.ofMonth(2025, 9));
  }

  @Test
  void yamlPlainScalarsAreTextAsWritten() {
    // GIVEN YAML texts that YAML 1.1 would type as booleans or numbers
    ProcessModel model =
        yaml(
            """
            name: yes
            dimensions: [{id: d, name: 2024, description: 1_000}]
            milestones: [{id: m, name: off, dimension: d, description: 0x1F}]
            sources: [{id: 004, title: 1.50}]
            events: [{date: 2020, sources: [004], note: no}]
            """);
    // THEN they stay text exactly as written
    assertThat(model.name()).isEqualTo("yes");
    assertThat(model.dimension("d").name()).isEqualTo("2024");
    assertThat(model.dimension("d").description()).isEqualTo("1_000");
    assertThat(model.milestone("m").name()).isEqualTo("off");
    assertThat(model.milestone("m").description()).isEqualTo("0x1F");
    assertThat(model.source("004").title()).isEqualTo("1.50");
    assertThat(model.events().get(0).note()).isEqualTo("no");
  }

  @Test
  void weightsAcceptIntegersAndFractions() {
    // GIVEN weights written as integers, fractions and exponents
    ProcessModel model =
        yaml(
            """
            name: W
            dimensions: [{id: d, name: D, weight: 0}]
            milestones:
              - {id: a, name: A, dimension: d, weight: 2}
              - {id: b, name: B, dimension: d, weight: 0.25}
              - {id: c, name: C, dimension: d, weight: 1.5e2}
            """);
    // THEN each is the number written
    assertThat(model.dimension("d").weight()).isZero();
    assertThat(model.milestones()).extracting(Milestone::weight).containsExactly(2.0, 0.25, 150.0);
  }

  @Test
  void contextEventsNameNoMilestone() {
    // GIVEN an event without milestone and status
    ProcessModel model =
        yaml("name: C\nsources: [{id: s}]\nevents: [{date: 2023, sources: [s], note: Summit.}]\n");
    // THEN it is a context event
    Event e = model.events().get(0);
    assertThat(e.isContext()).isTrue();
    assertThat(e.milestone()).isEqualTo(Optional.empty());
    assertThat(e.note()).isEqualTo("Summit.");
  }

  @Test
  void aByteOrderMarkIsAllowed() {
    // GIVEN files that start with a UTF-8 byte order mark WHEN read THEN the mark is ignored
    assertThat(yaml("\uFEFFname: B\n").name()).isEqualTo("B");
    assertThat(json("\uFEFF{\"name\": \"B\"}").name()).isEqualTo("B");
  }

  @Test
  void readsAFileByItsExtension(@TempDir Path dir) throws IOException {
    // GIVEN the same model in a .yml and a .json file
    Path yml = dir.resolve("m.yml");
    Path jsonFile = dir.resolve("m.json");
    Files.writeString(yml, "name: Files\n");
    Files.writeString(jsonFile, "{\"name\": \"Files\"}");
    // WHEN each is read THEN the extension chooses the syntax
    assertThat(ModelFiles.read(yml)).isEqualTo(ModelFiles.read(jsonFile));
  }

  @Test
  void readingAStreamLeavesItOpen() throws IOException {
    // GIVEN a stream the caller owns
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream("name: S\n".getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    // WHEN a model is read from it THEN the caller still owns it
    assertThat(ModelFiles.read(in, "s.yaml", FileSyntax.YAML).name()).isEqualTo("S");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void theReaderRemembersItsLimits() {
    // GIVEN a reader with both limits changed WHEN asked THEN it reports them, defaults untouched
    ModelReader reader = ModelReader.defaults().withMaxInputBytes(1000).withMaxNestingDepth(8);
    assertThat(reader.maxInputBytes()).isEqualTo(1000);
    assertThat(reader.maxNestingDepth()).isEqualTo(8);
    assertThat(ModelReader.defaults().maxInputBytes()).isEqualTo(256L * 1024 * 1024);
    assertThat(ModelReader.defaults().maxNestingDepth()).isEqualTo(64);
    assertThat(reader).hasToString("ModelReader[maxInputBytes=1000, maxNestingDepth=8]");
  }
}
