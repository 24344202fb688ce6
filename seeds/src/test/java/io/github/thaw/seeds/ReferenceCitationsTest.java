package io.github.thaw.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.SourceCheck;
import io.github.thaw.model.Citation;
import io.github.thaw.model.Event;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every citation of the reference model names a paragraph that exists, and the key ones name the
 * paragraph that says what the event claims. The articles are not shipped; the check runs against
 * {@code ../shared/seeds} beside the project when it is there, and reports itself skipped
 * otherwise.
 */
class ReferenceCitationsTest {
  /** The seed folder, seen from the seeds module (the working directory of its tests). */
  private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

  private static final ProcessModel MODEL = TurkiyeArmenia.model();

  private static void assumeSeeds() {
    assumeTrue(
        Files.isDirectory(SEEDS),
        "skipped: the seed articles are not at "
            + SEEDS.toAbsolutePath().normalize()
            + "; citations were not checked against them");
  }

  @Test
  void everyCitationNamesAParagraphOfItsSeedArticle() throws IOException {
    assumeSeeds();
    SourceCheck.Result r =
        SourceCheck.check(TurkiyeArmenia.text(), "turkiye-armenia.yaml", FileSyntax.YAML, SEEDS);
    assertThat(r.problems()).isEmpty();
    assertThat(r.documentsRead()).isEqualTo(5);
    assertThat(r.sourcesNotChecked()).isZero();
    long withParagraph =
        MODEL.events().stream()
            .flatMap(e -> e.citations().stream())
            .filter(c -> c.paragraph().isPresent())
            .count();
    assertThat(r.citationsChecked()).isEqualTo(withParagraph);
  }

  @Test
  void paragraphCountsAgreeWithAPlainCountOfNonEmptyLines() throws IOException {
    assumeSeeds();
    // Counted here independently of SourceCheck: the lines that hold anything but blanks.
    for (Source s : MODEL.sources()) {
      List<String> lines = Files.readAllLines(SEEDS.resolve(s.locator()), StandardCharsets.UTF_8);
      long paragraphs = lines.stream().filter(l -> !l.isBlank()).count();
      int highest =
          MODEL.events().stream()
              .flatMap(e -> e.citations().stream())
              .filter(c -> c.source().equals(s.id()) && c.paragraph().isPresent())
              .mapToInt(c -> c.paragraph().getAsInt())
              .max()
              .orElse(0);
      assertThat(highest).as(s.id()).isBetween(1, (int) paragraphs);
    }
  }

  /** Short words of each cited paragraph (never a sentence) that carry the coded claim. */
  @ParameterizedTest(name = "{0} {1} cites {2}")
  @CsvSource({
    "2022-07-01, third-country-crossing, s000#7, third-country nationals",
    "2022-07-01, third-country-crossing, s003#5, air cargo",
    "2022-07-01, air-cargo, s003#5, fully implemented",
    "2024-07-30, diplomatic-visa-simplification, s002#4, visa procedures",
    "2024-07-30, direct-passenger-flights, s002#7, direct air traffic",
    "2025-09-07, third-country-crossing, s000#3, not yet entered into force",
    "2025-09-07, diplomatic-visa-simplification, s000#3, diplomatic passports",
    "2025-09-07, border-opening, s001#5, opening the border",
    "2025-09-12, third-country-crossing, s004#9, third-country citizens",
    "2025-09-12, border-opening, s004#9, elusive",
    "2025-09-12, railway-rehabilitation, s004#4, Kars-Gyumri",
    "2025-09-12, railway-border-gate, s004#4, reactivation",
    "2025-09-12, electricity-interconnector, s004#4, interconnector",
    "2025-09-12, scholarships, s004#5, scholarship",
    "2025-09-12, ani-bridge-restoration, s004#5, Ani",
    "2025-09-12, additional-flights, s004#6, airlines",
    "2025-08-08, armenia-azerbaijan-peace, s001#8, agreement",
    "2025-08, trump-route, s000#6, Nakhchivan",
    "2022-01-14, special-envoys, s003#4, January 14, 2022"
  })
  void theCitedParagraphSaysWhatTheEventClaims(
      String date, String milestone, String citation, String words) throws IOException {
    assumeSeeds();
    Citation c = Citation.parse(citation);
    Event event =
        MODEL.events().stream()
            .filter(
                e ->
                    e.date().toString().equals(date)
                        && e.milestone().map(m -> m.value().equals(milestone)).orElse(false))
            .filter(e -> e.citations().contains(c))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event " + date + " " + milestone));
    Source s = MODEL.sources().stream().filter(x -> x.id().equals(c.source())).findFirst().get();
    List<String> paragraphs =
        Files.readAllLines(SEEDS.resolve(s.locator()), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertThat(paragraphs.get(c.paragraph().getAsInt() - 1)).as(event.toString()).contains(words);
  }
}
