package io.github.thaw.seeds;

import io.github.thaw.io.ModelFiles;
import io.github.thaw.io.ModelFormat;
import io.github.thaw.model.ProcessModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

  private TurkiyeArmenia() {}

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
      return ModelFiles.read(in, "turkiye-armenia.yaml", ModelFormat.YAML);
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
