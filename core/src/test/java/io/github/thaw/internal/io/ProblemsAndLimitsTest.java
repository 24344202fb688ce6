package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.Limits;
import io.github.thaw.model.Location;
import io.github.thaw.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The caps that keep a hostile file from costing unbounded memory: on bytes read, on problems kept,
 * and how the problems that are kept are ordered and worded.
 */
class ProblemsAndLimitsTest {
  private static Problem at(int line, String message) {
    return new Problem(new Location("f", line, 1, ""), message);
  }

  @Test
  void aBytePastTheLimitIsTooLargeEvenWhenItIsZero() throws IOException {
    LimitedInputStream in =
        new LimitedInputStream(new ByteArrayInputStream(new byte[] {'a', 'b', 0}), 2);
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isEqualTo('b');
    assertThatThrownBy(in::read)
        .isInstanceOf(LimitedInputStream.TooLarge.class)
        .hasMessage("input is larger than the limit of 2 bytes");
  }

  @Test
  void noReadGoesPastTheLimitWhateverWasReadBefore() throws IOException {
    LimitedInputStream in =
        new LimitedInputStream(
            new ByteArrayInputStream("abcdefghij".getBytes(StandardCharsets.US_ASCII)), 5);
    byte[] buffer = new byte[16];
    assertThat(in.read(buffer, 0, 2)).isEqualTo(2);
    assertThat(in.read(buffer, 0, 16)).isEqualTo(3);
    assertThat(new String(buffer, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("cde");
    assertThatThrownBy(() -> in.read(buffer, 0, 16))
        .isInstanceOf(LimitedInputStream.TooLarge.class);
  }

  @Test
  void aListKeepsProblemsUpToItsLimitAndCountsTheRestFromTheFirstDropped() {
    ProblemList list = new ProblemList(2);
    assertThat(list.isEmpty()).isTrue();
    list.add(at(5, "e"));
    assertThat(list.isEmpty()).isFalse();
    list.add(at(3, "c"));
    list.add(at(9, "i"));
    list.add(at(1, "a"));
    assertThat(list.sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "f:3:1: c",
            "f:5:1: e",
            "f:9:1: too many problems: 2 more not shown (at most 2 are listed)");
  }

  @Test
  void problemsWithoutAPositionComeAfterThoseWithOne() {
    ProblemList list = new ProblemList(10);
    list.add(new Problem(Location.ofPath("weights"), "no position"));
    list.add(at(7, "late"));
    list.add(at(2, "early"));
    assertThat(list.sorted())
        .extracting(Problem::message)
        .containsExactly("early", "late", "no position");
  }

  @Test
  void readLimitsCapTheProblemsAReaderKeeps() {
    ReadLimits limits = ReadLimits.defaults().withMaxProblems(2);
    assertThat(limits)
        .isEqualTo(
            new ReadLimits(
                ReadLimits.DEFAULT_MAX_INPUT_BYTES, ReadLimits.DEFAULT_MAX_NESTING_DEPTH, 2));
    StrictReader r =
        new StrictReader(
            new ByteArrayInputStream("a: 1\nb: 2\nc: 3\nd: 4\n".getBytes(StandardCharsets.UTF_8)),
            "f",
            true,
            limits);
    assertThat(r.readDocument(ObjectSpec.of("root", List.of("x")), key -> {})).isTrue();
    assertThat(r.problems().sorted())
        .extracting(Problem::toString)
        .containsExactly(
            "f:1:1: a: unknown key 'a' in root; allowed: x",
            "f:2:1: b: unknown key 'b' in root; allowed: x",
            "f:3:1: c: too many problems: 2 more not shown (at most 2 are listed)");
  }

  @Test
  void aListOfProblemsIsCappedAtTheSameLimitAsAFilesProblems() {
    int max = Limits.MAX_PROBLEMS;
    List<Problem> exactly = new ArrayList<>();
    for (int i = 1; i <= max; i++) {
      exactly.add(at(i, "p" + i));
    }
    assertThat(Problems.capped(exactly)).isSameAs(exactly);
    List<Problem> more = new ArrayList<>(exactly);
    more.add(at(max + 1, "over"));
    more.add(at(max + 2, "over again"));
    List<Problem> capped = Problems.capped(more);
    assertThat(capped).hasSize(max + 1);
    assertThat(capped.subList(0, max)).isEqualTo(exactly);
    assertThat(capped.get(max).toString())
        .isEqualTo(
            "f:"
                + (max + 1)
                + ":1: too many problems: 2 more not shown (at most "
                + max
                + " are listed)");
  }

  @Test
  void anUnknownKeySuggestsANearKeyOnlyWhenTheyShareSomething() {
    ObjectSpec spec = ObjectSpec.of("milestone", List.of("id", "name"), "id");
    assertThat(spec).isEqualTo(new ObjectSpec("milestone", List.of("id", "name"), Set.of("id")));
    assertThat(InternalIoMessages.unknownKey("nmae", spec))
        .isEqualTo("unknown key 'nmae' in milestone (did you mean 'name'?); allowed: id, name");
    assertThat(InternalIoMessages.unknownKey("ix", spec))
        .isEqualTo("unknown key 'ix' in milestone (did you mean 'id'?); allowed: id, name");
    // 'xy' is two edits from 'id': as far as it is long, so nothing is shared
    assertThat(InternalIoMessages.unknownKey("xy", spec))
        .isEqualTo("unknown key 'xy' in milestone; allowed: id, name");
  }
}
