package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors that end the reading: each is one problem, worded for the file's author and placed where
 * the author must look, and the reading reports itself incomplete.
 */
class StrictReaderSyntaxErrorsTest {
  private static final ObjectSpec ROOT = ObjectSpec.of("root", List.of("id", "name", "n"));

  private static List<String> problemsOf(byte[] bytes, boolean yaml, List<String> values) {
    StrictReader r =
        new StrictReader(new ByteArrayInputStream(bytes), "f", yaml, ReadLimits.defaults());
    boolean complete = r.readDocument(ROOT, key -> values.add(key + "=" + r.currentText()));
    List<String> problems = r.problems().sorted().stream().map(Problem::toString).toList();
    assertThat(complete).as("complete").isEqualTo(problems.isEmpty());
    return problems;
  }

  private static List<String> problemsOf(String text, boolean yaml) {
    return problemsOf(text.getBytes(StandardCharsets.UTF_8), yaml, new ArrayList<>());
  }

  @Test
  void aLeadingByteOrderMarkIsDroppedButALeadingNulIsAnError() {
    List<String> values = new ArrayList<>();
    assertThat(problemsOf("\uFEFFid: a\n".getBytes(StandardCharsets.UTF_8), true, values))
        .isEmpty();
    assertThat(values).containsExactly("id=a");
    assertThat(problemsOf("\u0000id: a\n", true))
        .containsExactly("f:1:1: syntax error: character U+0000 is not allowed");
    assertThat(problemsOf("\u0000{\"id\": \"a\"}", false))
        .singleElement()
        .asString()
        .startsWith("f:1:2: syntax error: Illegal character ((CTRL-CHAR, code 0))");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedAsSuch() {
    byte[] bad = {'i', 'd', ':', ' ', (byte) 0xc3, '(', '\n'};
    assertThat(problemsOf(bad, true, new ArrayList<>()))
        .singleElement()
        .asString()
        .endsWith(": the input is not valid UTF-8");
  }

  @Test
  void aKeyThatIsAListIsExplainedInTheFilesTerms() {
    assertThat(problemsOf("id: a\n? [x]\n: 1\n", true))
        .containsExactly(
            "f:2:4: syntax error: a key must be text, not a list or a mapping ('? ' key)");
  }

  @Test
  void anUnclosedQuoteSaysWhereItStarted() {
    assertThat(problemsOf("id: a\nname: \"abc\n\n", true))
        .containsExactly(
            "f:4:1: name: syntax error: found unexpected end of stream (while scanning a quoted"
                + " scalar started at line 2, column 7)");
  }

  @Test
  void anErrorWithoutContextIsTheScannersProblemAlone() {
    assertThat(problemsOf("id: a\nname: b: c\n", true))
        .containsExactly("f:2:8: syntax error: mapping values are not allowed here");
    assertThat(problemsOf("id: a\n\tname: b\n", true))
        .containsExactly(
            "f:2:1: syntax error: found character '\\t(TAB)' that cannot start any token. (Do not"
                + " use \\t(TAB) for indentation) (while scanning for the next token)");
  }

  @Test
  void jsonErrorsArePlacedWhereTheParserStopped() {
    assertThat(problemsOf("{\"id\": \"a\",\n  \"n\": tru}", false))
        .singleElement()
        .asString()
        .startsWith("f:2:11: syntax error: Unrecognized token 'tru'");
    // {"id": "a", "n": is 17 characters, so the digits end at column 1018.
    assertThat(problemsOf("{\"id\": \"a\", \"n\": " + "1".repeat(1001) + "}", false))
        .singleElement()
        .asString()
        .startsWith("f:1:1019: syntax error: Number value length (1001) exceeds the maximum");
  }

  @Test
  void nestingPastTheLimitStopsAtTheOpeningThatBreaksIt() {
    StrictReader r =
        new StrictReader(
            new ByteArrayInputStream("{\"id\": [[1, [2]]]}".getBytes(StandardCharsets.UTF_8)),
            "f",
            false,
            ReadLimits.defaults().withMaxNestingDepth(3));
    // The handler reads nothing, so the skip of the value under "id" meets the third level.
    assertThat(r.readDocument(ROOT, key -> {})).isFalse();
    assertThat(r.problems().sorted().stream().map(Problem::toString))
        .containsExactly("f:1:13: id: nesting is deeper than the limit of 3 levels");
  }
}
