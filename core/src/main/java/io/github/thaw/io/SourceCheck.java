package io.github.thaw.io;

import io.github.thaw.internal.io.ReadLimits;
import io.github.thaw.internal.io.SourceMap;
import io.github.thaw.model.Citation;
import io.github.thaw.model.Event;
import io.github.thaw.model.ModelException;
import io.github.thaw.model.Problem;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks a model's citations against the documents its sources locate: every source whose locator
 * is a file name must be a readable file in a given folder, and every citation {@code ID#N} must
 * name a paragraph that the file has. Paragraphs are counted from 1 over the file's non-blank
 * lines, as in the seed articles (one paragraph a line).
 *
 * <p>Models do not ship the documents they cite, so this is a check the user runs against their own
 * copy ({@code thaw validate --sources DIR}). A locator that is a URL ({@code scheme://…}) cannot
 * be checked offline and is counted as not checked.
 *
 * <pre>{@code
 * SourceCheck.Result r = SourceCheck.check(Path.of("model.yaml"), Path.of("articles"));
 * r.problems().forEach(System.err::println);   // model.yaml:88:15: events[12].sources[0]: ...
 * }</pre>
 */
public final class SourceCheck {
  /** The largest document read; a seed is one article, and a bigger file is surely not one. */
  static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

  private SourceCheck() {}

  /**
   * What a check found.
   *
   * @param problems every problem, located in the model file when the model came from one
   * @param citationsChecked how many citations with a paragraph were checked against a document
   * @param documentsRead how many source documents were found and read
   * @param sourcesNotChecked how many sources have no locator or a URL, so were not looked up
   */
  public record Result(
      List<Problem> problems, int citationsChecked, int documentsRead, int sourcesNotChecked) {
    /** Copies the problem list. */
    public Result {
      problems = List.copyOf(problems);
    }

    /**
     * Whether nothing was wrong.
     *
     * @return true if there are no problems
     */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks a model built in code or already read; problems are located by path only ({@code
   * events[12].sources[0]}).
   *
   * @param model the model
   * @param folder the folder holding the documents the locators name
   * @return what was found; O(events + size of the documents)
   * @throws NoSuchFileException if the folder does not exist
   * @throws IllegalArgumentException if the folder is not a directory
   */
  public static Result check(ProcessModel model, Path folder) throws NoSuchFileException {
    Objects.requireNonNull(model, "model");
    return run(model, folder, p -> p);
  }

  /**
   * Reads a model file and checks it; problems carry the file's line and column.
   *
   * @param modelFile a {@code .yaml}, {@code .yml} or {@code .json} model file
   * @param folder the folder holding the documents the locators name
   * @return what was found
   * @throws ModelException if the model file itself is invalid, listing its problems
   * @throws IOException if the model file cannot be read, or the folder does not exist
   * @throws IllegalArgumentException if the folder is not a directory or the extension is unknown
   */
  public static Result check(Path modelFile, Path folder) throws IOException {
    FileSyntax format = FileSyntax.ofFileName(modelFile.getFileName().toString());
    try (InputStream in = Files.newInputStream(modelFile)) {
      return check(in, modelFile.toString(), format, folder);
    }
  }

  /**
   * Reads a model from text and checks it; problems carry the line and column in that text.
   *
   * @param content the model file's content
   * @param fileName the name used in problem locations
   * @param format YAML or JSON
   * @param folder the folder holding the documents the locators name
   * @return what was found
   * @throws ModelException if the model itself is invalid, listing its problems
   * @throws NoSuchFileException if the folder does not exist
   * @throws IllegalArgumentException if the folder is not a directory
   */
  public static Result check(String content, String fileName, FileSyntax format, Path folder)
      throws NoSuchFileException {
    Objects.requireNonNull(content, "content");
    try {
      return check(
          new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
          fileName,
          format,
          folder);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
  }

  private static Result check(InputStream in, String fileName, FileSyntax format, Path folder)
      throws IOException {
    Objects.requireNonNull(format, "format");
    requireFolder(folder);
    ModelFileReader.Located located;
    try {
      located = ModelFileReader.readLocated(in, fileName, format, ReadLimits.defaults());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    SourceMap map = located.map();
    return run(located.model(), folder, p -> map.locate(p).orElse(p));
  }

  private static void requireFolder(Path folder) throws NoSuchFileException {
    Objects.requireNonNull(folder, "folder");
    if (!Files.exists(folder)) {
      throw new NoSuchFileException(folder.toString());
    }
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(IoMessages.notAFolder(folder));
    }
  }

  private static Result run(ProcessModel model, Path folder, Function<Problem, Problem> locate)
      throws NoSuchFileException {
    requireFolder(folder);
    List<Source> sources = model.sources();
    // Paragraph counts by source index: -1 not checked (no locator, URL, or a problem reported).
    int[] paragraphs = new int[sources.size()];
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    List<Problem> problems = new ArrayList<>();
    int read = 0;
    int notChecked = 0;
    Path base = folder.toAbsolutePath().normalize();
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      index.put(s.id(), i);
      paragraphs[i] = -1;
      String locator = s.locator();
      if (locator.isEmpty() || locator.contains("://")) {
        notChecked++;
        continue;
      }
      String at = "sources[" + i + "].locator";
      Path file;
      try {
        file = base.resolve(locator).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        problems.add(locate.apply(Problem.at(at, IoMessages.badLocator(locator, folder))));
        continue;
      }
      if (!file.startsWith(base) || file.equals(base)) {
        problems.add(locate.apply(Problem.at(at, IoMessages.locatorOutside(locator, folder))));
        continue;
      }
      if (!Files.isRegularFile(file)) {
        problems.add(locate.apply(Problem.at(at, IoMessages.notInFolder(locator, folder))));
        continue;
      }
      try {
        long size = Files.size(file);
        if (size > MAX_DOCUMENT_BYTES) {
          problems.add(
              locate.apply(
                  Problem.at(at, IoMessages.documentTooLarge(locator, size, MAX_DOCUMENT_BYTES))));
          continue;
        }
        paragraphs[i] = countParagraphs(file);
        read++;
      } catch (IOException e) {
        problems.add(
            locate.apply(Problem.at(at, IoMessages.unreadable(locator, String.valueOf(e)))));
      }
    }
    int checked = 0;
    List<Event> events = model.events();
    for (int e = 0; e < events.size(); e++) {
      List<Citation> cited = events.get(e).citations();
      for (int j = 0; j < cited.size(); j++) {
        Citation c = cited.get(j);
        if (c.paragraph().isEmpty()) {
          continue;
        }
        Integer k = index.get(c.source());
        if (k == null) {
          continue; // the model's own validation reports an unknown source
        }
        String at = "events[" + e + "].sources[" + j + "]";
        Source s = sources.get(k);
        if (s.locator().isEmpty()) {
          problems.add(locate.apply(Problem.at(at, IoMessages.noLocator(c))));
          continue;
        }
        int count = paragraphs[k];
        if (count < 0) {
          continue; // a URL, or the document's own problem was reported
        }
        checked++;
        int n = c.paragraph().getAsInt();
        if (n > count) {
          problems.add(locate.apply(Problem.at(at, IoMessages.noSuchParagraph(c, s, count))));
        }
      }
    }
    return new Result(problems, checked, read, notChecked);
  }

  /** Non-blank lines, read as UTF-8 (bad bytes replaced) without holding a line in memory. */
  static int countParagraphs(Path file) throws IOException {
    try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      return countParagraphs(r);
    }
  }

  static int countParagraphs(Reader r) throws IOException {
    char[] buf = new char[8192];
    int count = 0;
    boolean text = false;
    int n;
    while ((n = r.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\n' || c == '\r') {
          if (text) {
            count++;
          }
          text = false;
        } else if (!text && !blank(c)) {
          text = true;
        }
      }
    }
    return text ? count + 1 : count;
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /**
   * As {@link #check(String, String, FileSyntax, Path)}, with the syntax under its old name.
   *
   * @param content as there
   * @param fileName as there
   * @param format as there
   * @param folder as there
   * @return as there
   * @throws NoSuchFileException as there
   * @deprecated use the overload that takes a {@link FileSyntax}
   */
  @Deprecated
  public static Result check(String content, String fileName, ModelFormat format, Path folder)
      throws NoSuchFileException {
    return check(content, fileName, format.syntax(), folder);
  }
}
