package io.github.thaw.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Event;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.MilestoneState;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import io.github.thaw.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference model carries what the seed articles support, and nothing uncited. */
class TurkiyeArmeniaTest {
  private static final ProcessModel MODEL = TurkiyeArmenia.model();
  private static final LocalDate SIXTH_ROUND = LocalDate.of(2025, 9, 12);

  private static MilestoneState at(String id, LocalDate date) {
    return MODEL.stateAt(MilestoneId.of(id), date);
  }

  @Test
  void hasTheRequiredMilestones() {
    Set<String> ids =
        MODEL.milestones().stream().map(m -> m.id().value()).collect(Collectors.toSet());
    assertThat(ids)
        .contains(
            "special-envoys",
            "third-country-crossing",
            "air-cargo",
            "diplomatic-visa-simplification",
            "railway-border-gate",
            "railway-rehabilitation",
            "electricity-interconnector",
            "additional-flights",
            "scholarships",
            "ani-bridge-restoration",
            "border-opening",
            "diplomatic-relations",
            "armenia-azerbaijan-peace");
    assertThat(MODEL.events().stream().filter(e -> !e.isContext())).hasSizeGreaterThan(12);
    assertThat(MODEL.events()).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void borderOpeningRequiresTheCrossingDealAndTheRailway() {
    assertThat(MODEL.prerequisites(MilestoneId.of("border-opening")))
        .containsExactly(
            MilestoneId.of("third-country-crossing"), MilestoneId.of("railway-rehabilitation"));
  }

  @Test
  void everySourceIsASeedArticleAndEveryEventCitesOne() {
    assertThat(MODEL.sources()).hasSize(5);
    for (Source s : MODEL.sources()) {
      assertThat(s.locator()).matches("00[0-4]_[0-9a-f]{16}\\.txt");
      Path seed = Path.of("..", "..", "shared", "seeds", s.locator());
      if (Files.isDirectory(seed.getParent())) {
        assertThat(seed).as("seed article for %s", s.id()).exists();
      }
    }
    for (Event e : MODEL.events()) {
      assertThat(e.sources()).as(e.toString()).isNotEmpty();
      assertThat(e.note()).as(e.toString()).isNotBlank();
    }
  }

  @Test
  void viennaRoundOfJuly2022AgreedTheCrossingAndAirCargo() {
    LocalDate vienna = LocalDate.of(2022, 7, 1);
    assertThat(at("third-country-crossing", vienna.minusDays(1)).status())
        .isEqualTo(Status.NOT_STARTED);
    assertThat(at("third-country-crossing", vienna).status()).isEqualTo(Status.AGREED);
    assertThat(at("air-cargo", vienna).status()).isEqualTo(Status.AGREED);
  }

  @Test
  void sourcesDisagreeWhetherThirdCountryNationalsCanAlreadyCross() {
    MilestoneState s = at("third-country-crossing", SIXTH_ROUND);
    assertThat(s.low()).isEqualTo(Status.AGREED);
    assertThat(s.high()).isEqualTo(Status.IN_PROGRESS);
    List<String> cited =
        s.readings().stream().flatMap(e -> e.sources().stream()).distinct().sorted().toList();
    assertThat(cited).containsExactly("s000", "s004");
  }

  @Test
  void sourcesDisagreeWhetherAFullBorderOpeningWasAgreed() {
    MilestoneState s = at("border-opening", SIXTH_ROUND);
    assertThat(s.status()).isEqualTo(Status.NOT_STARTED);
    assertThat(s.low()).isEqualTo(Status.NOT_STARTED);
    assertThat(s.high()).isEqualTo(Status.AGREED);
    assertThat(s.readings())
        .extracting(e -> e.status().orElseThrow() + " " + e.citations())
        .containsExactly("AGREED [s001#5]", "NOT_STARTED [s004#9]");
  }

  @Test
  void theRailwayGateStudyIsContextAndTheGateCountsFromTheLineDecision() {
    LocalDate fifthMeeting = LocalDate.of(2024, 7, 30);
    assertThat(at("railway-border-gate", fifthMeeting).status()).isEqualTo(Status.NOT_STARTED);
    assertThat(at("railway-border-gate", SIXTH_ROUND.minusDays(1)).status())
        .isEqualTo(Status.NOT_STARTED);
    assertThat(at("railway-border-gate", SIXTH_ROUND).latest().orElseThrow().citations())
        .extracting(Object::toString)
        .containsExactly("s004#4");
    assertThat(MODEL.contextEvents())
        .filteredOn(e -> e.date().equals(PartialDate.parse("2024-07-30")))
        .extracting(e -> e.citations().toString())
        .contains("[s002#4]");
  }

  @Test
  void directFlightsRestOnS002AndS001sListIsContext() {
    assertThat(at("direct-passenger-flights", LocalDate.of(2024, 7, 30)).status())
        .isEqualTo(Status.COMPLETED);
    assertThat(MODEL.eventsOf(MilestoneId.of("direct-passenger-flights")))
        .singleElement()
        .extracting(e -> e.citations().toString())
        .isEqualTo("[s002#7]");
    assertThat(MODEL.contextEvents())
        .filteredOn(e -> e.citations().toString().equals("[s001#5]"))
        .singleElement()
        .extracting(Event::note)
        .asString()
        .contains("air flights");
  }

  @Test
  void everyStatusEventCitesAParagraphOfEachSource() {
    for (Event e : MODEL.events()) {
      if (!e.isContext()) {
        assertThat(e.citations())
            .as(e.toString())
            .allSatisfy(c -> assertThat(c.paragraph()).isPresent());
      }
    }
  }

  @Test
  void sourcesAreGradedOnTheAdmiraltyScale() {
    assertThat(MODEL.sources())
        .extracting(s -> s.id() + " " + s.reliability())
        .containsExactly("s000 F", "s001 F", "s002 C", "s003 C", "s004 F");
  }

  @Test
  void sixthRoundAgreedRailwayInterconnectorCultureAndFlights() {
    for (String id :
        List.of(
            "railway-rehabilitation",
            "electricity-interconnector",
            "scholarships",
            "ani-bridge-restoration",
            "additional-flights")) {
      assertThat(at(id, SIXTH_ROUND.minusDays(1)).status()).as(id).isEqualTo(Status.NOT_STARTED);
      assertThat(at(id, SIXTH_ROUND).status()).as(id).isEqualTo(Status.AGREED);
    }
  }

  @Test
  void theBorderAndDiplomaticRelationsAreNotStarted() {
    assertThat(at("border-opening", SIXTH_ROUND).status()).isEqualTo(Status.NOT_STARTED);
    assertThat(at("diplomatic-relations", SIXTH_ROUND).status()).isEqualTo(Status.NOT_STARTED);
  }

  @Test
  void envoysCountFromTheirFirstMeetingAndTheAppointmentYearsStayAsCited() {
    LocalDate moscow = LocalDate.of(2022, 1, 14);
    assertThat(at("special-envoys", moscow.minusDays(1)).status()).isEqualTo(Status.NOT_STARTED);
    assertThat(at("special-envoys", moscow).status()).isEqualTo(Status.COMPLETED);
    assertThat(at("special-envoys", moscow).high()).isEqualTo(Status.COMPLETED);
    assertThat(at("special-envoys", moscow).low()).isEqualTo(Status.COMPLETED);
    // s001's year (2021) is context: as a status at 31 December 2021 it would fall inside the
    // dispute window of the first meeting and show a disagreement neither source makes.
    assertThat(MODEL.contextEvents())
        .filteredOn(e -> e.date().equals(PartialDate.parse("2021")))
        .singleElement()
        .extracting(e -> e.citations().toString())
        .isEqualTo("[s001#9]");
    assertThat(MODEL.eventsOf(MilestoneId.of("special-envoys")))
        .extracting(e -> e.date() + " " + e.citations())
        .containsExactly("2022-01-14 [s003#4, s000#7]");
  }

  @Test
  void contextEventsIncludeTheClosureAndTheHumanitarianCrossings() {
    assertThat(MODEL.contextEvents())
        .extracting(e -> e.date())
        .contains(
            PartialDate.parse("1993"), PartialDate.parse("2023-02"), PartialDate.parse("2024-03"));
  }

  @Test
  void builtInScenariosApplyCleanlyAndSayWhatMotivatesThem() {
    List<io.github.thaw.scenario.Scenario> scenarios = TurkiyeArmenia.scenarios();
    assertThat(scenarios)
        .extracting(io.github.thaw.scenario.Scenario::name)
        .containsExactly(
            "baseline",
            "third-country-crossing-in-force",
            "railway-reactivated",
            "full-border-opening",
            "diplomatic-relations-established",
            "flights-and-interconnector",
            "talks-stall",
            "reversal",
            "border-without-railway");
    for (io.github.thaw.scenario.Scenario s : scenarios) {
      ProcessModel applied = s.applyTo(MODEL);
      assertThat(applied.milestones()).hasSameSizeAs(MODEL.milestones());
      assertThat(s.description()).as(s.name()).containsPattern("s00[0-4]");
    }
    assertThat(TurkiyeArmenia.model()).isEqualTo(MODEL);
  }

  @Test
  void fileTextIsShipped() {
    assertThat(TurkiyeArmenia.text()).startsWith("# Türkiye–Armenia normalization");
  }
}
