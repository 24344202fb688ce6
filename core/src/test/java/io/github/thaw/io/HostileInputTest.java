package io.github.thaw.io;

import static io.github.thaw.io.TestModels.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input meant to exhaust memory or stack, or just not a model: always a located ModelException. */
class HostileInputTest {
  private static final String MODEL_KEYS = "name, asOf, dimensions, milestones, sources, events";

  @Test
  void aBillionLaughsDocumentIsRefusedWithoutExpandingAnything() {
    // GIVEN the classic alias bomb: nine levels, each alias repeated nine times
    StringBuilder bomb = new StringBuilder("name: Bomb\nlol0: &l0 [lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String alias = "*l" + (level - 1);
      bomb.append("lol").append(level).append(": &l").append(level).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(9, alias))).append("]\n");
    }
    // WHEN read THEN each level is an unknown key and nothing is expanded
    List<String> found = problems(bomb.toString(), "bomb.yaml");
    assertThat(found).hasSize(10);
    assertThat(found.get(0))
        .isEqualTo("bomb.yaml:2:1: lol0: unknown key 'lol0' in model; allowed: " + MODEL_KEYS);
  }

  @Test
  void aliasesWhereValuesBelongAreRefused() {
    // GIVEN aliases used as a list, a list element and a text
    String file =
        """
        name: &n Aliased
        dimensions: &dims [{id: d, name: D}]
        milestones:
          - {id: m, name: *n, dimension: d}
          - *dims
        sources: *dims
        """;
    // WHEN read THEN each alias is located and refused
    assertThat(problems(file, "a.yaml"))
        .containsExactly(
            "a.yaml:4:19: milestones[0].name: YAML aliases are not supported (found *n);"
                + " write the value out in full",
            "a.yaml:5:5: milestones[1]: YAML aliases are not supported (found *dims);"
                + " write the value out in full",
            "a.yaml:6:10: sources: YAML aliases are not supported (found *dims);"
                + " write the value out in full");
  }

  @Test
  void aMergeKeyIsAnUnknownKey() {
    // GIVEN YAML's merge key, which would copy another mapping's keys through an alias
    String file =
        """
        name: Merge
        dimensions:
          - &base {id: d, name: D}
          - {<<: *base, id: e}
        """;
    // WHEN read THEN it is refused as a key the format does not have
    assertThat(problems(file, "merge.yaml"))
        .containsExactly(
            "merge.yaml:4:5: dimensions[1]: missing required key 'name' in dimension",
            "merge.yaml:4:6: dimensions[1].<<: unknown key '<<' in dimension;"
                + " allowed: id, name, weight, description, scored");
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void tenThousandLevelsOfNestingStopAtTheLimit(FileSyntax format) {
    // GIVEN 10,000 nested lists where a milestone list belongs
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String file =
        format == FileSyntax.JSON
            ? "{\"name\": \"Deep\", \"milestones\": " + deep + "}"
            : "name: Deep\nmilestones: " + deep + "\n";
    // WHEN read THEN the element is refused and the depth limit ends the reading, located
    ModelException e =
        catchThrowableOfType(ModelException.class, () -> ModelFiles.read(file, "deep", format));
    List<Problem> problems = e.problems();
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).toString())
        .endsWith("milestones[0]: expected a mapping (milestone), found a list");
    assertThat(problems.get(1).message())
        .isEqualTo("nesting is deeper than the limit of 64 levels");
    assertThat(problems.get(1).location().line()).isEqualTo(format == FileSyntax.JSON ? 1 : 2);
    assertThat(problems.get(1).location().path()).isEqualTo("milestones[0]");
  }

  @Test
  void theNestingLimitIsConfigurable() {
    // GIVEN a valid model whose requires lists sit at depth 4
    String file =
        "name: N\ndimensions: [{id: d, name: D}]\n"
            + "milestones: [{id: a, name: A, dimension: d}, {id: b, name: B, dimension: d,"
            + " requires: [a]}]\n";
    ModelReader shallow = ModelReader.defaults().withMaxNestingDepth(3);
    // WHEN read with a limit of 4 THEN it loads; with 3 THEN the requires list breaks it
    assertThat(ModelReader.defaults().withMaxNestingDepth(4).read(file, "n.yaml", FileSyntax.YAML))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                    ModelException.class, () -> shallow.read(file, "n.yaml", FileSyntax.YAML))
                .problems())
        .extracting(Problem::toString)
        .containsExactly(
            "n.yaml:3:87: milestones[1].requires: nesting is deeper than the limit of 3 levels");
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void inputPastTheSizeLimitIsALocatedProblem(FileSyntax format) {
    // GIVEN a reader limited to 1 KiB and a 100 KiB file
    ModelReader small = ModelReader.defaults().withMaxInputBytes(1024);
    StringBuilder file = new StringBuilder(format == FileSyntax.JSON ? "{\"name\": \"" : "name: ");
    file.append("x".repeat(100 * 1024)).append(format == FileSyntax.JSON ? "\"}" : "\n");
    // WHEN read THEN it stops with one problem at the first line
    ModelException e =
        catchThrowableOfType(
            ModelException.class, () -> small.read(file.toString(), "big", format));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message())
        .isEqualTo("input is larger than the limit of 1024 bytes");
    assertThat(e.problems().get(0).location().file()).isEqualTo("big");
    assertThat(e.problems().get(0).location().line()).isEqualTo(1);
    assertThat(e.problems().get(0).location().column()).isEqualTo(1025);
  }

  @Test
  void theSizeLimitPointsAtTheFirstLineAndByteBeyondIt() {
    // GIVEN 30 lines of 10 bytes and a 95-byte limit
    String file = "name: N\n" + "# comment\n".repeat(29);
    ModelReader small = ModelReader.defaults().withMaxInputBytes(95);
    // WHEN read THEN byte 96 is blamed: line 1 takes 8 bytes and each later line 10, so line 10,
    // column 8
    assertThat(
            catchThrowableOfType(
                    ModelException.class, () -> small.read(file, "l.yaml", FileSyntax.YAML))
                .problems())
        .extracting(Problem::toString)
        .containsExactly("l.yaml:10:8: input is larger than the limit of 95 bytes");
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() {
    String file = "name: Exactly\n";
    assertThat(
            ModelReader.defaults()
                .withMaxInputBytes(file.length())
                .read(file, "x.yaml", FileSyntax.YAML)
                .name())
        .isEqualTo("Exactly");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42, 1993, 2022})
  void binaryGarbageIsASyntaxProblemNeverACrash(long seed) {
    // GIVEN random bytes
    byte[] garbage = new byte[4096];
    new Random(seed).nextBytes(garbage);
    for (FileSyntax format : FileSyntax.values()) {
      // WHEN read in either format THEN the reader refuses it with located problems
      ModelException e =
          catchThrowableOfType(
              ModelException.class,
              () -> ModelFiles.read(new ByteArrayInputStream(garbage), "garbage", format));
      assertThat(e).as(format.toString()).isNotNull();
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.location().line()).isPositive());
    }
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void bytesThatAreNotUtf8AreRefused(FileSyntax format) {
    byte[] start =
        (format == FileSyntax.JSON ? "{\"name\": \"" : "name: ").getBytes(StandardCharsets.UTF_8);
    byte[] file = java.util.Arrays.copyOf(start, start.length + 3);
    file[start.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
    file[start.length + 1] = (byte) 0x28;
    file[start.length + 2] = '\n';
    ModelException e =
        catchThrowableOfType(
            ModelException.class,
            () -> ModelFiles.read(new ByteArrayInputStream(file), "latin", format));
    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly("the input is not valid UTF-8");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''",
        "'   \n\n'",
        "'# only a comment\n'",
      })
  void anEmptyDocumentSaysWhatWasExpected(String content) {
    assertThat(problems(content, "e.yaml"))
        .containsExactly(
            "e.yaml:1:1: the document is empty; expected a mapping (model) with keys "
                + MODEL_KEYS);
    assertThat(problems(content.replace("# only a comment", ""), "e.json"))
        .containsExactly(
            "e.json:1:1: the document is empty; expected a mapping (model) with keys "
                + MODEL_KEYS);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "t.yaml | '- name: A\n- name: B\n' | t.yaml:1:1: | a list",
        "t.json | '[{\"name\": \"A\"}]' | t.json:1:1: | a list",
        "t.yaml | 'just some text' | t.yaml:1:1: | text 'just some text'",
        "t.json | '  42' | t.json:1:3: | number 42",
        "t.json | 'null' | t.json:1:1: | null",
      })
  void aRootThatIsNotAMappingIsRefused(String name, String content, String at, String found) {
    assertThat(problems(content, name))
        .containsExactly(
            at + " expected a mapping (model) with keys " + MODEL_KEYS + ", found " + found);
  }

  @Test
  void onlyOneDocumentPerFile() {
    assertThat(problems("name: A\n---\nname: B\n", "two.yaml"))
        .containsExactly(
            "two.yaml:3:1: unexpected content after the end of the document;"
                + " a file holds exactly one document");
    assertThat(problems("{\"name\": \"A\"} {\"name\": \"B\"}", "two.json"))
        .containsExactly(
            "two.json:1:15: unexpected content after the end of the document;"
                + " a file holds exactly one document");
  }

  @Test
  void syntaxErrorsKeepTheProblemsFoundBeforeThem() {
    // GIVEN an unknown key, then a syntax error
    String jsonFile = "{\"name\": \"S\",\n \"colour\": 1,\n \"milestones\": [,]}";
    String yaml = "name: S\ncolour: 1\ndimensions:\n  - {id: d, name: D\nsources: []\n";
    // WHEN read THEN both are reported, the syntax error where the parser found it
    List<String> json = problems(jsonFile, "s.json");
    assertThat(json)
        .hasSize(2)
        .first()
        .isEqualTo("s.json:2:2: colour: unknown key 'colour' in model; allowed: " + MODEL_KEYS);
    // The parser's own words follow the prefix; they may change with its version.
    assertThat(json.get(1))
        .startsWith("s.json:3:17: milestones: syntax error: Unexpected character (',' (code 44))");
    assertThat(problems(yaml, "s.yaml"))
        .containsExactly(
            "s.yaml:2:1: colour: unknown key 'colour' in model; allowed: " + MODEL_KEYS,
            "s.yaml:5:8: dimensions[0]: syntax error: expected ',' or '}', but got :"
                + " (while parsing a flow mapping started at line 4, column 5)");
  }

  @Test
  void aNulCharacterIsASyntaxErrorInYaml() {
    assertThat(problems("name: a\u0000b\n", "nul.yaml"))
        .containsExactly("nul.yaml:1:1: syntax error: character U+0000 is not allowed");
  }

  @Test
  void tooManyProblemsAreCountedNotKept() {
    // GIVEN 1,500 unknown keys
    StringBuilder file = new StringBuilder("name: Many\n");
    for (int i = 0; i < 1500; i++) {
      file.append("k").append(i).append(": 1\n");
    }
    // WHEN read THEN 1,000 are listed and one more problem counts the rest
    List<String> found = problems(file.toString(), "many.yaml");
    assertThat(found).hasSize(1001);
    assertThat(found.get(1000))
        .isEqualTo(
            "many.yaml:1002:1: k1000: too many problems: 500 more not shown (at most 1000 are"
                + " listed)");
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAModelProblem() {
    // GIVEN a stream that fails after a few bytes
    InputStream failing =
        new InputStream() {
          private int left = 5;

          @Override
          public int read() throws IOException {
            if (left-- > 0) {
              return 'n';
            }
            throw new IOException("disk on fire");
          }
        };
    // WHEN read THEN the I/O error reaches the caller as it was
    assertThatThrownBy(() -> ModelFiles.read(failing, "f.yaml", FileSyntax.YAML))
        .isInstanceOf(IOException.class)
        .hasMessage("disk on fire");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ModelReader.defaults().withMaxInputBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxInputBytes must be >= 1, was 0");
    assertThatThrownBy(() -> ModelReader.defaults().withMaxNestingDepth(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be >= 1, was -1");
  }
}
