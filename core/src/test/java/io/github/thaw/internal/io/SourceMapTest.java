package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Location;
import io.github.thaw.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Turning a builder's problem, whose path counts elements in the order they were added, into the
 * file's line, column and path when the reader dropped some elements or list items on the way.
 */
class SourceMapTest {
  private static long at(int line, int column) {
    return Positions.of(line, column);
  }

  private static String locate(SourceMap map, String builderPath, String message) {
    Optional<Problem> p = map.locate(new Problem(Location.ofPath(builderPath), message));
    return p.map(Problem::toString).orElse("(dropped)");
  }

  /**
   * A file whose milestones section holds four elements: the file's [0] and [2] reached the builder
   * as its [0] and [1]; the file's [1] was discarded while being read; [3] was discarded too.
   */
  private static SourceMap twoOfFourMilestones() {
    SourceMap map = new SourceMap("m.yaml", at(1, 1));
    map.put("milestones", at(2, 1));
    map.put("name", at(1, 1));
    SourceMap.Section s = map.section("milestones");
    s.begin(0, at(3, 5));
    s.field("id", at(3, 9));
    s.item("requires", 0, at(4, 18));
    assertThat(s.commit()).isZero();
    s.begin(1, at(6, 5));
    s.field("id", at(6, 9));
    s.item("requires", 0, at(7, 18));
    s.discard();
    s.begin(2, at(9, 5));
    s.field("id", at(9, 9));
    s.field("requires", at(10, 7));
    // the file's requires[0] was dropped; its [1] became the builder's [0]
    s.item("requires", 1, at(11, 9));
    s.item("requires", 2, at(12, 9));
    s.suppress("dimension");
    assertThat(s.commit()).isEqualTo(1);
    s.begin(3, at(14, 5));
    s.field("id", at(14, 9));
    assertThat(s.size()).isEqualTo(2);
    return map;
  }

  @Test
  void elementsAndTheirFieldsAreFoundAtTheFilesIndex() {
    SourceMap map = twoOfFourMilestones();
    assertThat(locate(map, "milestones[0]", "bad")).isEqualTo("m.yaml:3:5: milestones[0]: bad");
    assertThat(locate(map, "milestones[1]", "bad")).isEqualTo("m.yaml:9:5: milestones[2]: bad");
    assertThat(locate(map, "milestones[1].id", "bad"))
        .isEqualTo("m.yaml:9:9: milestones[2].id: bad");
    assertThat(locate(map, "milestones[1].requires[0]", "bad"))
        .isEqualTo("m.yaml:11:9: milestones[2].requires[1]: bad");
    assertThat(locate(map, "milestones[1].requires[1].x", "bad"))
        .isEqualTo("m.yaml:12:9: milestones[2].requires[2].x: bad");
  }

  @Test
  void anItemNotRememberedFallsBackToItsListThenToItsElement() {
    SourceMap map = twoOfFourMilestones();
    // builder's requires[5] of the file's [2]: the list itself is known
    assertThat(locate(map, "milestones[1].requires[5]", "bad"))
        .isEqualTo("m.yaml:10:7: milestones[2].requires[5]: bad");
    // a field never remembered: the element's start
    assertThat(locate(map, "milestones[1].name", "bad"))
        .isEqualTo("m.yaml:9:5: milestones[2].name: bad");
    // the builder's [0] has no list position of its own; the discarded element's entries and the
    // next element's must not lend it theirs
    assertThat(locate(map, "milestones[0].requires[0]", "bad"))
        .isEqualTo("m.yaml:4:18: milestones[0].requires[0]: bad");
    assertThat(locate(map, "milestones[0].requires[1]", "bad"))
        .isEqualTo("m.yaml:3:5: milestones[0].requires[1]: bad");
  }

  @Test
  void aLookupStaysWithinItsOwnElement() {
    SourceMap map = new SourceMap("m.yaml", at(1, 1));
    SourceMap.Section s = map.section("milestones");
    s.begin(0, at(2, 3));
    s.field("requires", at(3, 5));
    s.commit();
    s.begin(1, at(6, 3));
    s.item("requires", 0, at(6, 15));
    s.commit();
    // The builder's [0] has the list but no remembered item; the next element's first entry, an
    // item of the same list, is not its.
    assertThat(locate(map, "milestones[0].requires[0]", "bad"))
        .isEqualTo("m.yaml:3:5: milestones[0].requires[0]: bad");
    assertThat(locate(map, "milestones[1].requires[0]", "bad"))
        .isEqualTo("m.yaml:6:15: milestones[1].requires[0]: bad");
    assertThat(locate(map, "milestones[1].requires", "bad"))
        .isEqualTo("m.yaml:6:3: milestones[1].requires: bad");
  }

  @Test
  void theDiscardedElementLeavesNoTrace() {
    SourceMap map = new SourceMap("m.yaml", at(1, 1));
    SourceMap.Section s = map.section("events");
    s.begin(0, at(2, 3));
    s.field("source", at(2, 11));
    s.discard();
    s.begin(1, at(5, 3));
    s.field("date", at(5, 9));
    s.commit();
    s.begin(2, at(8, 3));
    s.field("source", at(8, 11));
    s.commit();
    assertThat(locate(map, "events[0].source", "bad"))
        .isEqualTo("m.yaml:5:3: events[1].source: bad");
    assertThat(locate(map, "events[1].source", "bad"))
        .isEqualTo("m.yaml:8:11: events[2].source: bad");
  }

  @Test
  void anElementTheBuilderGotElsewhereIsPlacedAtItsSectionOrTheFile() {
    SourceMap map = twoOfFourMilestones();
    // the builder's [2] did not come from the file's section (it has two elements)
    assertThat(locate(map, "milestones[2].id", "bad"))
        .isEqualTo("m.yaml:2:1: milestones[2].id: bad");
    assertThat(locate(map, "somewhere.else", "bad")).isEqualTo("m.yaml:1:1: somewhere.else: bad");
  }

  @Test
  void problemsAboutASuppressedFieldOrKeyAreDropped() {
    SourceMap map = twoOfFourMilestones();
    assertThat(locate(map, "milestones[1].dimension", "unknown dimension")).isEqualTo("(dropped)");
    map.suppress("name");
    assertThat(locate(map, "name", "blank")).isEqualTo("(dropped)");
    assertThat(
            map.locateAll(
                List.of(
                    new Problem(Location.ofPath("name"), "blank"),
                    new Problem(Location.ofPath("milestones[0]"), "bad"))))
        .extracting(Problem::toString)
        .containsExactly("m.yaml:3:5: milestones[0]: bad");
  }

  @Test
  void aFirstOccurrenceNamedInAMessageIsTranslatedToTheFile() {
    SourceMap map = twoOfFourMilestones();
    assertThat(locate(map, "milestones[1].id", "duplicate id 'a' (first at milestones[0])"))
        .isEqualTo(
            "m.yaml:9:9: milestones[2].id: duplicate id 'a' (first at milestones[0], line 3,"
                + " column 5)");
    assertThat(locate(map, "milestones[1].id", "same as first at milestones[1]; and first at x[0]"))
        .isEqualTo(
            "m.yaml:9:9: milestones[2].id: same as first at milestones[2], line 9, column 5;"
                + " and first at x[0]");
    // an element the section does not hold is left as the builder named it
    assertThat(locate(map, "name", "first at milestones[2]"))
        .isEqualTo("m.yaml:1:1: name: first at milestones[2]");
  }

  @Test
  void sectionsGrowPastTheirFirstAllocation() {
    SourceMap map = new SourceMap("m.yaml", at(1, 1));
    SourceMap.Section s = map.section("events");
    for (int i = 0; i < 40; i++) {
      s.begin(i, at(10 + i, 3));
      for (int j = 0; j < 3; j++) {
        s.item("tags", j, at(10 + i, 20 + j));
      }
      s.commit();
    }
    assertThat(s.size()).isEqualTo(40);
    assertThat(locate(map, "events[39].tags[2]", "bad"))
        .isEqualTo("m.yaml:49:22: events[39].tags[2]: bad");
    assertThat(locate(map, "events[17]", "bad")).isEqualTo("m.yaml:27:3: events[17]: bad");
  }
}
