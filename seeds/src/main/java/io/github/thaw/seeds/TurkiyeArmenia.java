package io.github.thaw.seeds;

import io.github.thaw.io.FileSyntax;
import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ScenarioFiles;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Türkiye–Armenia normalization process: special envoys, the third-country crossing, air cargo,
 * visas for diplomatic passports, the Kars–Gyumri railway, the electricity interconnector, the land
 * border and diplomatic relations, with the Armenia–Azerbaijan peace as context. Each event cites
 * the articles it rests on; {@code docs/reference-model.md} explains every milestone and
 * dependency.
 *
 * <pre>{@code
 * ProcessModel model = TurkiyeArmenia.model();
 * Status crossing = model.stateAt(LocalDate.of(2025, 9, 12)).status("third-country-crossing");
 * }</pre>
 */
public final class TurkiyeArmenia {
  /** The classpath resource holding the model file. */
  public static final String RESOURCE = "/io/github/thaw/seeds/turkiye-armenia.yaml";

  /** The built-in scenario files, in the order comparisons show them. */
  public static final List<String> SCENARIO_FILES =
      List.of(
          "01-baseline.yaml",
          "02-third-country-crossing.yaml",
          "03-railway-reactivated.yaml",
          "04-full-border-opening.yaml",
          "05-diplomatic-relations.yaml",
          "06-flights-and-interconnector.yaml",
          "07-talks-stall.yaml",
          "08-reversal.yaml",
          "09-border-without-railway.yaml");

  /**
   * The milestone the process turns on, the land border opening to all travellers and trade: the
   * one {@code thaw sensitivity --target forecast} analyses on this model when no milestone is
   * given.
   */
  public static final String HEADLINE_MILESTONE = "border-opening";

  private TurkiyeArmenia() {}

  private static final class Scenarios {
    private static final List<Scenario> ALL = loadScenarios();
  }

  /**
   * The built-in what-if scenarios for this model, documented in {@code docs/scenarios.md}: the
   * baseline, the third-country crossing in force, the railway reactivated, a full border opening,
   * diplomatic relations, more flights and the interconnector, talks stalling, a reversal, and the
   * border opening without the railway assumption.
   *
   * @return an immutable list, in {@link #SCENARIO_FILES} order
   */
  public static List<Scenario> scenarios() {
    return Scenarios.ALL;
  }

  private static List<Scenario> loadScenarios() {
    List<Scenario> out = new ArrayList<>();
    for (String name : SCENARIO_FILES) {
      String resource = "/io/github/thaw/seeds/scenarios/" + name;
      try (InputStream in = TurkiyeArmenia.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the built-in scenario " + resource + " is missing");
        }
        out.add(ScenarioFiles.read(in, name, FileSyntax.YAML));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  private static final class Holder {
    private static final ProcessModel MODEL = load();
  }

  /**
   * The reference model, loaded once from {@link #RESOURCE}.
   *
   * @return the immutable model
   */
  public static ProcessModel model() {
    return Holder.MODEL;
  }

  /**
   * The model file's text, as shipped.
   *
   * @return the YAML text
   */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProcessModel load() {
    try (InputStream in = open()) {
      return ModelFiles.read(in, "turkiye-armenia.yaml", FileSyntax.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open() {
    InputStream in = TurkiyeArmenia.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the reference model " + RESOURCE + " is missing");
    }
    return in;
  }
}
