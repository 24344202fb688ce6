package io.github.thaw.internal.io;

import io.github.thaw.model.Location;
import io.github.thaw.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a file each element given to a builder came from, so that the builder's problems, whose
 * paths index elements in the order they were added ({@code milestones[3].requires[0]}), can be
 * reported at the file's line, column and path. A reader that skips an invalid element, or an
 * invalid item of a list, shifts the builder's indices against the file's; this map keeps both.
 *
 * <p>Positions are kept in primitive arrays, about 16 bytes per remembered value, so a file of a
 * million elements costs tens of megabytes, not a tree of objects.
 *
 * <p>A field that the reader replaced with a stand-in after reporting it (a missing dimension, say)
 * is {@linkplain Section#suppress suppressed}: builder problems about it repeat what was already
 * said and are dropped.
 */
public final class SourceMap {
  private static final long SUPPRESSED = -1L;
  private static final Pattern ELEMENT =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9]*)\\[(\\d+)\\](?:\\.([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)\\])?)?(.*)");
  private static final Pattern TOP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(.*)");
  private static final Pattern FIRST_AT =
      Pattern.compile("first at ([A-Za-z][A-Za-z0-9]*)\\[(\\d+)\\]");

  private final String file;
  private final long root;
  private final Map<String, Long> topLevel = new HashMap<>();
  private final Map<String, Section> sections = new HashMap<>();

  /**
   * An empty map.
   *
   * @param file the file name for locations
   * @param root the position of the document's root, used when nothing nearer is known
   */
  public SourceMap(String file, long root) {
    this.file = file;
    this.root = root;
  }

  /**
   * The section for a list of elements, created on first use.
   *
   * @param name the list's key, such as {@code milestones}
   * @return the section
   */
  public Section section(String name) {
    return sections.computeIfAbsent(name, Section::new);
  }

  /**
   * Remembers where a top-level value is.
   *
   * @param key its key, such as {@code name}
   * @param position its packed position
   */
  public void put(String key, long position) {
    topLevel.put(key, position);
  }

  /**
   * Marks a top-level value as replaced after a reported problem.
   *
   * @param key its key
   */
  public void suppress(String key) {
    topLevel.put(key, SUPPRESSED);
  }

  /**
   * A builder problem at its place in the file: the path's indices become the file's and the
   * position is that of the value, else of its element, else of the root. Element references in the
   * message of the form {@code first at milestones[0]} are translated too.
   *
   * @param problem a problem whose location has only a builder path
   * @return the located problem, or empty if it is about a suppressed value
   */
  public Optional<Problem> locate(Problem problem) {
    String builderPath = problem.location().path();
    Resolved r = resolve(builderPath);
    if (r == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem(
            new Location(file, Positions.line(r.position), Positions.column(r.position), r.path),
            translate(problem.message())));
  }

  /**
   * Every located builder problem, suppressed ones left out.
   *
   * @param problems the builder's problems
   * @return a new list
   */
  public List<Problem> locateAll(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      locate(p).ifPresent(out::add);
    }
    return out;
  }

  private record Resolved(String path, long position) {}

  private Resolved resolve(String builderPath) {
    Matcher m = ELEMENT.matcher(builderPath);
    if (m.matches() && sections.containsKey(m.group(1))) {
      Section s = sections.get(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (b < s.size) {
        return s.resolve(
            b, m.group(3), m.group(4) == null ? -1 : Integer.parseInt(m.group(4)), m.group(5));
      }
    }
    Matcher t = TOP.matcher(builderPath);
    if (t.matches() && topLevel.containsKey(t.group(1))) {
      long p = topLevel.get(t.group(1));
      return p == SUPPRESSED ? null : new Resolved(builderPath, p);
    }
    return new Resolved(builderPath, root);
  }

  private String translate(String message) {
    Matcher m = FIRST_AT.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Section s = sections.get(m.group(1));
      int b = Integer.parseInt(m.group(2));
      String replacement = m.group();
      if (s != null && b < s.size) {
        long p = s.start[b];
        replacement =
            "first at "
                + m.group(1)
                + "["
                + s.fileIndex[b]
                + "], line "
                + Positions.line(p)
                + ", column "
                + Positions.column(p);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The elements of one list, in the order they were given to the builder. Begin an element, record
   * its fields and items as they are read, then commit it if it went to the builder or discard it.
   */
  public static final class Section {
    private final String name;
    private final List<String> fields = new ArrayList<>();
    private int size;
    private int[] fileIndex = new int[16];
    private long[] start = new long[16];
    private int[] firstEntry = new int[17];
    private int entries;
    private int[] entryField = new int[64];
    private int[] entryItem = new int[64];
    private long[] entryPosition = new long[64];
    private boolean open;

    private Section(String name) {
      this.name = name;
    }

    /**
     * Starts an element.
     *
     * @param index its index in the file's list
     * @param position the packed position of its start
     */
    public void begin(int index, long position) {
      if (open) {
        discard();
      }
      if (size == fileIndex.length) {
        fileIndex = Arrays.copyOf(fileIndex, size * 2);
        start = Arrays.copyOf(start, size * 2);
        firstEntry = Arrays.copyOf(firstEntry, size * 2 + 1);
      }
      fileIndex[size] = index;
      start[size] = position;
      firstEntry[size] = entries;
      open = true;
    }

    /**
     * Remembers where a field's value is.
     *
     * @param field the key
     * @param position its packed position
     */
    public void field(String field, long position) {
      add(field, -1, position);
    }

    /**
     * Remembers where an item of a list field is; call it only for items given to the builder, in
     * order, so that the builder's item index finds it.
     *
     * @param field the list's key
     * @param index the item's index in the file
     * @param position its packed position
     */
    public void item(String field, int index, long position) {
      add(field, index, position);
    }

    /**
     * Marks a field as replaced with a stand-in after a reported problem.
     *
     * @param field the key
     */
    public void suppress(String field) {
      add(field, -1, SUPPRESSED);
    }

    /**
     * Ends the current element as given to the builder.
     *
     * @return its builder index
     */
    public int commit() {
      open = false;
      firstEntry[size + 1] = entries;
      return size++;
    }

    /** Drops the current element: it was not given to the builder. */
    public void discard() {
      open = false;
      entries = firstEntry[size];
    }

    /**
     * How many elements were committed.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    private void add(String field, int item, long position) {
      int f = fields.indexOf(field);
      if (f < 0) {
        f = fields.size();
        fields.add(field);
      }
      if (entries == entryField.length) {
        int n = entries * 2;
        entryField = Arrays.copyOf(entryField, n);
        entryItem = Arrays.copyOf(entryItem, n);
        entryPosition = Arrays.copyOf(entryPosition, n);
      }
      entryField[entries] = f;
      entryItem[entries] = item;
      entryPosition[entries++] = position;
    }

    private Resolved resolve(int b, String field, int item, String rest) {
      String element = name + "[" + fileIndex[b] + "]";
      if (field == null) {
        return new Resolved(element + rest, start[b]);
      }
      String fieldPath = element + "." + field;
      int f = fields.indexOf(field);
      int seen = 0;
      long fieldPosition = Positions.NONE;
      for (int e = firstEntry[b]; f >= 0 && e < firstEntry[b + 1]; e++) {
        if (entryField[e] != f) {
          continue;
        }
        if (entryPosition[e] == SUPPRESSED) {
          return null;
        }
        if (entryItem[e] < 0) {
          fieldPosition = entryPosition[e];
        } else if (item >= 0 && seen++ == item) {
          return new Resolved(fieldPath + "[" + entryItem[e] + "]" + rest, entryPosition[e]);
        }
      }
      String itemPath = item >= 0 ? fieldPath + "[" + item + "]" : fieldPath;
      return new Resolved(
          itemPath + rest, fieldPosition != Positions.NONE ? fieldPosition : start[b]);
    }
  }
}
