package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard against very long runs without a space in YAML, on its own, with a small limit. */
class LongTokenGuardTest {
  private static LongTokenGuard guard(String text, int limit) {
    return new LongTokenGuard(new StringReader(text), limit);
  }

  private static String readOneByOne(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int c = in.read(); c >= 0; c = in.read()) {
      out.append((char) c);
    }
    return out.toString();
  }

  private static void assertTooLongAt(ThrowingRead read, int line, int column) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            LongTokenGuard.TooLong.class,
            e -> {
              assertThat(e).hasMessage("a run of more than 3 characters without a space");
              assertThat(Positions.line(e.position)).isEqualTo(line);
              assertThat(Positions.column(e.position)).isEqualTo(column);
            });
  }

  @FunctionalInterface
  private interface ThrowingRead {
    void run() throws IOException;
  }

  @Test
  void runsUpToTheLimitPassThroughUnchanged() throws IOException {
    String text = "abc de\tfgh\r\nijk\nlmn opq";
    assertThat(readOneByOne(guard(text, 3))).isEqualTo(text);
    char[] buffer = new char[64];
    Reader in = guard(text, 3);
    int n = in.read(buffer, 5, 40);
    assertThat(new String(buffer, 5, n)).isEqualTo(text);
    assertThat(in.read(buffer, 0, 10)).isEqualTo(-1);
  }

  @Test
  void oneCharacterPastTheLimitFailsAtTheStartOfTheRun() {
    assertTooLongAt(() -> readOneByOne(guard("abcd", 3)), 1, 1);
    // spaces, tabs and carriage returns end a run; the failing run starts at column 9
    assertTooLongAt(() -> readOneByOne(guard("ab c\tde\rfghi", 3)), 1, 9);
    // a line break ends a run and starts the columns again
    assertTooLongAt(() -> readOneByOne(guard("abc\nabc\n  wxyz", 3)), 3, 3);
    assertTooLongAt(() -> guard("x\n\n\n wxyz", 3).read(new char[20], 0, 20), 4, 2);
  }

  @Test
  void onlyTheCharactersReadCount() throws IOException {
    // The buffer holds stale letters after the two read: they must not extend the run.
    char[] buffer = new char[8];
    Arrays.fill(buffer, 'z');
    Reader in = guard("ab", 3);
    assertThat(in.read(buffer, 1, 7)).isEqualTo(2);
    assertThat(in.read(buffer, 0, 8)).isEqualTo(-1);
    // A run continues across reads.
    Reader split = guard("ab cdef", 3);
    assertThat(split.read(buffer, 0, 5)).isEqualTo(5);
    assertTooLongAt(() -> split.read(buffer, 0, 8), 1, 4);
  }

  @Test
  void theYamlReaderStopsAtARunLongerThanTheTextLimitAndSaysWhere() {
    int max = Limits.MAX_TEXT_LENGTH;
    String longest = "x".repeat(max);
    ObjectSpec spec = ObjectSpec.of("root", List.of("a", "b"));
    StrictReader ok = reader("a: 1\nb: " + longest + "\n");
    List<String> values = new ArrayList<>();
    assertThat(ok.readDocument(spec, key -> values.add(ok.text()))).isTrue();
    assertThat(values).containsExactly("1", longest);

    StrictReader tooLong = reader("a: 1\nb:  " + longest + "y\n");
    assertThat(tooLong.readDocument(spec, key -> tooLong.text())).isFalse();
    assertThat(tooLong.problems().sorted().stream().map(Object::toString))
        .containsExactly(
            "f:2:5: b: more than "
                + max
                + " characters without a space or line break; no value may be that long (the"
                + " limit keeps reading time linear)");
  }

  private static StrictReader reader(String text) {
    return new StrictReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "f",
        true,
        ReadLimits.defaults());
  }
}
