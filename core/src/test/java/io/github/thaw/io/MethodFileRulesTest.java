package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.index.DateRule;
import io.github.thaw.index.Gating;
import io.github.thaw.index.IndexMethod;
import io.github.thaw.index.ReadingRule;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import org.junit.jupiter.api.Test;

/** The evidence-rule keys of method files. */
class MethodFileRulesTest {
  @Test
  void evidenceRulesAreReadIntoTheBuilder() {
    IndexMethod m =
        MethodFiles.read(
            String.join(
                "\n",
                "preset: pam-implementation",
                "readingRule: conservative",
                "dateRule: MIDPOINT",
                "disputeWindowDays: 90",
                "includeUnscored: true",
                "gating: flag-only",
                ""),
            "m.yaml",
            FileSyntax.YAML);

    assertThat(m)
        .isEqualTo(
            IndexMethod.pamImplementation().toBuilder()
                .readingRule(ReadingRule.CONSERVATIVE)
                .dateRule(DateRule.MIDPOINT)
                .disputeWindowDays(90)
                .includeUnscored(true)
                .gating(Gating.FLAG_ONLY)
                .build());
  }

  @Test
  void badRuleValuesAreLocated() {
    assertThatThrownBy(
            () ->
                MethodFiles.read(
                    "readingRule: newest\ndisputeWindowDays: 1.5\nincludeUnscored: yes please\n",
                    "m.yaml",
                    FileSyntax.YAML))
        .isInstanceOfSatisfying(
            ModelException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::toString))
                    .containsExactly(
                        "m.yaml:1:14: readingRule: 'newest' is not one of LATEST, CONSERVATIVE,"
                            + " OPTIMISTIC, MOST_RELIABLE",
                        "m.yaml:2:20: disputeWindowDays: disputeWindowDays must be a whole number"
                            + " of days from 0 to 36500, found 1.5",
                        "m.yaml:3:18: includeUnscored: expected true or false, found text 'yes"
                            + " please'"));
  }
}
