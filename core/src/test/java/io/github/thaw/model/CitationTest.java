package io.github.thaw.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Citations {@code ID#N}, source grades, and how events carry them. */
class CitationTest {
  @Test
  void parsesAnIdAloneOrWithAParagraphAndWritesItBack() {
    Citation whole = Citation.parse("s001");
    Citation para = Citation.parse("s004#17");
    assertThat(whole.source()).isEqualTo("s001");
    assertThat(whole.paragraph()).isEmpty();
    assertThat(para.source()).isEqualTo("s004");
    assertThat(para.paragraph()).hasValue(17);
    assertThat(whole).hasToString("s001");
    assertThat(para).hasToString("s004#17");
    assertThat(Citation.of("s004", 17)).isEqualTo(para);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "s004#",
        "s004#0",
        "s004#-3",
        "s004#+3",
        "s004#x",
        "s004#1#2",
        "#3",
        "s004# 3",
        "s004#99999999999"
      })
  void refusesMalformedCitationsNamingThemAndTheForm(String text) {
    assertThatThrownBy(() -> Citation.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "citation '"
                + text
                + "' is neither a source id nor ID#N with a paragraph N from 1 (e.g. s004#7)");
  }

  @Test
  void refusesAHashInASourceIdAndAParagraphBelowOne() {
    assertThatThrownBy(() -> Citation.of("a#b"))
        .hasMessage(
            "source id 'a#b' holds '#', which separates a source from a paragraph in citations"
                + " (s004#7); drop it");
    assertThatThrownBy(() -> new Source("a#b", "", "", null, ""))
        .hasMessageStartingWith("source id 'a#b' holds '#'");
    assertThatThrownBy(() -> Citation.of("s1", 0))
        .hasMessage(
            "citation 's1#0' is neither a source id nor ID#N with a paragraph N from 1 (e.g."
                + " s004#7)");
    assertThatThrownBy(() -> Citation.of(" ")).hasMessage("source id must not be blank");
  }

  @Test
  void anEventKeepsSourceIdsAndTheirParagraphsInOrder() {
    Event e =
        Event.status(
            PartialDate.parse("2025-09-12"), "m", Status.AGREED, List.of("s004#9", "s000"), "n");
    assertThat(e.sources()).containsExactly("s004", "s000");
    assertThat(e.citations()).containsExactly(Citation.of("s004", 9), Citation.of("s000"));
    assertThat(e.toString()).contains("[s004#9, s000]");
    assertThatThrownBy(() -> Event.context(PartialDate.parse("2025"), List.of("s004#nine"), "n"))
        .hasMessageContaining("citation 's004#nine'");
  }

  @Test
  void theCanonicalConstructorRefusesCitationsThatNameOtherSources() {
    assertThatThrownBy(
            () ->
                new Event(
                    PartialDate.parse("2025"),
                    Optional.empty(),
                    Optional.empty(),
                    List.of("s1"),
                    "",
                    List.of(Citation.of("s2", 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event sources [s1] do not match its citations [s2#3]");
    assertThatThrownBy(
            () ->
                new Event(
                    PartialDate.parse("2025"),
                    Optional.empty(),
                    Optional.empty(),
                    List.of("s1", "s2"),
                    "",
                    List.of(Citation.of("s1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sourcesAreGradedFAndParseTheSixGradesOnly() {
    assertThat(new Source("s", "", "", null, "").reliability()).isEqualTo(Reliability.F);
    assertThat(new Source("s", "", "", null, "", null).reliability()).isEqualTo(Reliability.F);
    assertThat(new Source("s", "", "", null, "").withReliability(Reliability.B).reliability())
        .isEqualTo(Reliability.B);
    assertThat(Reliability.parse("A")).isEqualTo(Reliability.A);
    assertThat(Reliability.grades()).isEqualTo("A, B, C, D, E, F");
    assertThatThrownBy(() -> Reliability.parse("b"))
        .hasMessage("reliability 'b' is not a grade; allowed: A, B, C, D, E, F");
    assertThatThrownBy(() -> Reliability.parse("G"))
        .hasMessage("reliability 'G' is not a grade; allowed: A, B, C, D, E, F");
  }

  @Test
  void aModelValidatesCitedIdsWhateverTheParagraph() {
    ModelException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                ProcessModel.builder("M")
                    .source(new Source("s004", "", "", null, ""))
                    .event(Event.context(PartialDate.parse("2025"), List.of("s005#2"), "n"))
                    .build(),
            ModelException.class);
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "context event of 2025 cites source 's005', which is not in model 'M' (did you mean"
                + " 's004'?)");
    assertThat(OptionalInt.of(2)).isEqualTo(Citation.parse("s005#2").paragraph());
  }
}
