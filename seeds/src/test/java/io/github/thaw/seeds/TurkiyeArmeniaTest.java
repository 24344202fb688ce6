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
    assertThat(cited).contains("s000", "s001", "s004");
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
  void envoyAppointmentYearIsDisputedAndBothClaimsAreKept() {
    List<Event> envoys = MODEL.eventsOf(MilestoneId.of("special-envoys"));
    assertThat(envoys)
        .extracting(e -> e.date().toString() + " " + e.sources())
        .contains("2021 [s001]", "2022 [s003]");
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
            "reversal");
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
