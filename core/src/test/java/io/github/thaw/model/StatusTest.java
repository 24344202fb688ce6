package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The four-level status scale. */
class StatusTest {
  @Test
  void levelsRunFromZeroToThreeAndBack() {
    for (Status s : Status.values()) {
      assertThat(Status.ofLevel(s.level())).isSameAs(s);
    }
    assertThat(Status.COMPLETED.level()).isEqualTo(3);
    assertThatThrownBy(() -> Status.ofLevel(4))
        .hasMessage("Status level 4 is outside the scale 0..3");
    assertThatThrownBy(() -> Status.ofLevel(-1))
        .hasMessage("Status level -1 is outside the scale 0..3");
  }

  @Test
  void minAndMaxPickTheLessAndTheMoreAdvanced() {
    assertThat(Status.max(Status.AGREED, Status.IN_PROGRESS)).isSameAs(Status.IN_PROGRESS);
    assertThat(Status.max(Status.COMPLETED, Status.NOT_STARTED)).isSameAs(Status.COMPLETED);
    assertThat(Status.max(Status.AGREED, Status.AGREED)).isSameAs(Status.AGREED);
    assertThat(Status.min(Status.AGREED, Status.IN_PROGRESS)).isSameAs(Status.AGREED);
    assertThat(Status.min(Status.COMPLETED, Status.NOT_STARTED)).isSameAs(Status.NOT_STARTED);
  }

  @Test
  void parsingIsExactAndSuggestsTheIntendedName() {
    assertThat(Status.parse("IN_PROGRESS")).isSameAs(Status.IN_PROGRESS);
    assertThatThrownBy(() -> Status.parse("in progress"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "status 'in progress' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED"
                + " (did you mean 'IN_PROGRESS'?)");
    assertThatThrownBy(() -> Status.parse("DONE"))
        .hasMessage(
            "status 'DONE' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED");
    assertThatThrownBy(() -> Status.parse(null))
        .hasMessage(
            "status 'null' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED");
  }
}
