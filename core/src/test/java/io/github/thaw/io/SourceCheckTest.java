package io.github.thaw.io;

import static io.github.thaw.io.TestModels.problems;
import static io.github.thaw.io.TestModels.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Reliability;
import io.github.thaw.model.Source;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paragraph citations in files, and their check against the documents the sources locate. */
class SourceCheckTest {
  @TempDir Path dir;

  private static final String MODEL =
      """
      name: U
      dimensions: [{id: d, name: D}]
      milestones: [{id: m, name: M, dimension: d}]
      sources:
        - {id: a, locator: a.txt, reliability: B}
        - {id: b, locator: b.txt}
        - {id: w, locator: "https://example.org/w"}
        - {id: n}
      events:
        - {date: 2020, milestone: m, status: AGREED, sources: [a#3, w#9]}
        - {date: 2021, sources: [b#2, a]}
        - {date: 2022, sources: [a#4, n#1]}
      """;

  private void documents() throws IOException {
    // a.txt: three paragraphs among blank lines, CRLF and a line of spaces; b.txt: one.
    Files.writeString(
        dir.resolve("a.txt"), "\uFEFFone\r\n\r\n  \ntwo\n\nthree", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "only\n\n", StandardCharsets.UTF_8);
  }

  @Test
  void readsAndWritesCitationsAndGrades() {
    ProcessModel m = yaml(MODEL);
    assertThat(m.events().get(0).citations())
        .extracting(Object::toString)
        .containsExactly("a#3", "w#9");
    assertThat(m.events().get(0).sources()).containsExactly("a", "w");
    assertThat(m.sources().get(0).reliability()).isEqualTo(Reliability.B);
    assertThat(m.sources().get(1).reliability()).isEqualTo(Reliability.F);
    String written = ModelFiles.write(m, FileSyntax.YAML);
    assertThat(written).contains("reliability: B").contains("a#3").doesNotContain("reliability: F");
    assertThat(ModelFiles.read(written, "w.yaml", FileSyntax.YAML)).isEqualTo(m);
    String json = ModelFiles.write(m, FileSyntax.JSON);
    assertThat(ModelFiles.read(json, "w.json", FileSyntax.JSON)).isEqualTo(m);
  }

  @Test
  void badCitationsAndGradesAreLocatedProblems() {
    assertThat(
            problems(
                """
                name: U
                sources: [{id: s, reliability: G}]
                events:
                  - {date: 2020, sources: [s#0, "s#x"]}
                """,
                "m.yaml"))
        .containsExactly(
            "m.yaml:2:32: sources[0].reliability: reliability 'G' is not a grade;"
                + " allowed: A, B, C, D, E, F",
            "m.yaml:4:28: events[0].sources[0]: citation 's#0' is neither a source id nor ID#N"
                + " with a paragraph N from 1 (e.g. s004#7)",
            "m.yaml:4:33: events[0].sources[1]: citation 's#x' is neither a source id nor ID#N"
                + " with a paragraph N from 1 (e.g. s004#7)");
  }

  @Test
  void countsParagraphsAsNonBlankLines() throws IOException {
    assertThat(SourceCheck.countParagraphs(new StringReader(""))).isZero();
    assertThat(SourceCheck.countParagraphs(new StringReader("\n \n\t\n"))).isZero();
    assertThat(SourceCheck.countParagraphs(new StringReader("a"))).isEqualTo(1);
    assertThat(SourceCheck.countParagraphs(new StringReader("a\r\nb\rc\n\nd\n"))).isEqualTo(4);
    assertThat(SourceCheck.countParagraphs(new StringReader("\u00A0\n\uFEFF\n x"))).isEqualTo(1);
  }

  @Test
  void aModelWhoseParagraphsExistPasses() throws IOException {
    documents();
    String ok = MODEL.replace("a#4", "a#2").replace("b#2", "b#1").replace("n#1", "n");
    SourceCheck.Result r = SourceCheck.check(ok, "m.yaml", FileSyntax.YAML, dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.ok()).isTrue();
    assertThat(r.documentsRead()).isEqualTo(2);
    assertThat(r.sourcesNotChecked()).isEqualTo(2);
  }

  @Test
  void everyMissingParagraphAndLocatorIsReportedWhereItIsCited() throws IOException {
    documents();
    SourceCheck.Result r = SourceCheck.check(MODEL, "m.yaml", FileSyntax.YAML, dir);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "m.yaml:11:28: events[1].sources[0]: citation 'b#2': 'b.txt' has 1 paragraph"
                + " (non-blank lines), so the paragraph must be 1 to 1",
            "m.yaml:12:28: events[2].sources[0]: citation 'a#4': 'a.txt' has 3 paragraphs"
                + " (non-blank lines), so the paragraph must be 1 to 3",
            "m.yaml:12:33: events[2].sources[1]: citation 'n#1' names a paragraph, but source"
                + " 'n' has no locator to find it in; add the source's locator");
    // a#3 and a#4 and b#2 were looked up; w#9 is a URL and n#1 has no document.
    assertThat(r.citationsChecked()).isEqualTo(3);
    assertThat(r.ok()).isFalse();
  }

  @Test
  void aModelBuiltInCodeGetsPathsOnly() throws IOException {
    documents();
    SourceCheck.Result r = SourceCheck.check(yaml(MODEL), dir);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .first()
        .isEqualTo(
            "events[1].sources[0]: citation 'b#2': 'b.txt' has 1 paragraph (non-blank lines), so"
                + " the paragraph must be 1 to 1");
  }

  @Test
  void locatorsMustBeFilesInsideTheFolder() throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("secret.txt"), "x\n");
    Files.createDirectories(dir.resolve("docs/sub"));
    String model =
        """
        name: U
        sources:
          - {id: up, locator: ../secret.txt}
          - {id: gone, locator: missing.txt}
          - {id: folder, locator: sub}
        events:
          - {date: 2020, sources: [up#1, gone#1, folder#1]}
        """;
    SourceCheck.Result r = SourceCheck.check(model, "m.yaml", FileSyntax.YAML, dir.resolve("docs"));
    Path docs = dir.resolve("docs");
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "m.yaml:3:23: sources[0].locator: locator '../secret.txt' points outside the sources"
                + " folder '"
                + docs
                + "'; a locator is a file name inside it, or a URL",
            "m.yaml:4:25: sources[1].locator: locator 'missing.txt' is not a file in '"
                + docs
                + "'",
            "m.yaml:5:27: sources[2].locator: locator 'sub' is not a file in '" + docs + "'");
    assertThat(r.citationsChecked()).isZero();
  }

  @Test
  void theFolderMustExistAndBeAFolderAndTheModelValid() throws IOException {
    documents();
    assertThatThrownBy(() -> SourceCheck.check(MODEL, "m.yaml", FileSyntax.YAML, dir.resolve("no")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(dir.resolve("no").toString());
    assertThatThrownBy(
            () -> SourceCheck.check(MODEL, "m.yaml", FileSyntax.YAML, dir.resolve("a.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sources folder '"
                + dir.resolve("a.txt")
                + "' is not a folder; give the folder that holds the documents");
    assertThatThrownBy(
            () -> SourceCheck.check("name: U\nnope: 1\n", "m.yaml", FileSyntax.YAML, dir))
        .isInstanceOf(io.github.thaw.model.ModelException.class);
  }

  @Test
  void readsTheModelFileFromDisk() throws IOException {
    documents();
    Path file = dir.resolve("model.yaml");
    Files.writeString(file, MODEL);
    SourceCheck.Result r = SourceCheck.check(file, dir);
    assertThat(r.problems()).hasSize(3);
    assertThat(r.problems().get(0).location().file()).isEqualTo(file.toString());
  }

  @Test
  void theFolderIsCheckedBeforeTheModelAndForAModelBuiltInCode() {
    // GIVEN a folder that does not exist
    Path none = dir.resolve("no");
    // WHEN an invalid model file is checked against it THEN the missing folder is what is said
    assertThatThrownBy(
            () -> SourceCheck.check("name: U\nnope: 1\n", "m.yaml", FileSyntax.YAML, none))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(none.toString());
    // WHEN a model built in code is checked against it THEN the same
    assertThatThrownBy(() -> SourceCheck.check(yaml("name: U\n"), none))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(none.toString());
  }

  @Test
  void aLocatorThatIsNoFileNameIsALocatedProblem() throws IOException {
    // GIVEN a source (built in code) whose locator holds a character no file name can have
    ProcessModel m =
        ProcessModel.builder("U").source(new Source("x", "", "", null, "a\u0000b.txt")).build();
    // WHEN checked THEN the locator is named, not an exception thrown
    assertThat(SourceCheck.check(m, dir).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "sources[0].locator: locator 'a\u0000b.txt' is not a file name that can be looked up"
                + " in '"
                + dir
                + "'");
  }

  @Test
  void aDocumentPastTheSizeLimitIsNotReadAndOneAtTheLimitIs() throws IOException {
    // GIVEN two sparse documents, one of exactly the largest size read and one a byte larger
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("at.txt").toFile(), "rw")) {
      f.setLength(SourceCheck.MAX_DOCUMENT_BYTES);
    }
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
      f.setLength(SourceCheck.MAX_DOCUMENT_BYTES + 1);
    }
    String model =
        """
        name: U
        sources:
          - {id: at, locator: at.txt}
          - {id: big, locator: big.txt}
        events:
          - {date: 2020, sources: [at#1, big#1]}
        """;
    // WHEN checked THEN the larger one is a problem naming its size and the limit, and the one at
    // the limit is read (its NUL bytes are one paragraph, so at#1 is found)
    SourceCheck.Result r = SourceCheck.check(model, "m.yaml", FileSyntax.YAML, dir);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "m.yaml:4:24: sources[1].locator: document 'big.txt' has 16777217 bytes, more than the"
                + " 16777216 a source document may have; is the locator right?");
    assertThat(r.documentsRead()).isEqualTo(1);
    assertThat(r.citationsChecked()).isEqualTo(1);
  }

  @Test
  void anEmptyDocumentHasNoParagraphToCite() throws IOException {
    // GIVEN an empty document cited at its first paragraph
    Files.writeString(dir.resolve("e.txt"), "");
    String model =
        """
        name: U
        sources: [{id: e, locator: e.txt}]
        events:
          - {date: 2020, sources: [e#1]}
        """;
    // WHEN checked THEN the citation is refused: the document has no paragraph at all
    SourceCheck.Result r = SourceCheck.check(model, "m.yaml", FileSyntax.YAML, dir);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "m.yaml:4:28: events[0].sources[0]: citation 'e#1': 'e.txt' has 0 paragraphs"
                + " (non-blank lines), so the paragraph must be 1 to 0");
    assertThat(r.citationsChecked()).isEqualTo(1);
  }

  @Test
  void aDocumentThatFailsToReadIsALocatedProblem() throws IOException {
    // GIVEN a locator that leads (through a link) to a file that opens but fails on reading: on
    // Linux, a process's own memory at offset 0
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(mem) && Files.isReadable(mem));
    Files.createSymbolicLink(dir.resolve("mem.txt"), mem);
    String model =
        """
        name: U
        sources: [{id: m, locator: mem.txt}]
        events:
          - {date: 2020, sources: [m#1]}
        """;
    // WHEN checked THEN the failure is reported at the locator, and the citation is not judged
    SourceCheck.Result r = SourceCheck.check(model, "m.yaml", FileSyntax.YAML, dir);
    assertThat(r.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith("m.yaml:2:28: sources[0].locator: document 'mem.txt' cannot be read: ");
    assertThat(r.documentsRead()).isZero();
    assertThat(r.citationsChecked()).isZero();
  }
}
