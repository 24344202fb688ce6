package io.github.thaw.testing;

import io.github.thaw.model.Dependency;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.PartialDate;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What turns one model into another, element by element: the name and date, then dimensions,
 * milestones, dependencies, sources and events, each added, removed or changed. Elements with an id
 * are matched by id; events, which have none, by equality, and a removed and an added event of the
 * same date and milestone count as one changed event.
 */
final class ModelDiff {
  private final List<String> lines = new ArrayList<>();

  private ModelDiff() {}

  /**
   * The differences from {@code expected} to {@code actual}, one a line; empty when the models are
   * equal. "added" means in actual only, "removed" in expected only.
   */
  static List<String> between(ProcessModel expected, ProcessModel actual) {
    ModelDiff d = new ModelDiff();
    if (!expected.name().equals(actual.name())) {
      d.lines.add("name: '" + expected.name() + "' → '" + actual.name() + "'");
    }
    if (!expected.asOf().equals(actual.asOf())) {
      d.lines.add("asOf: " + date(expected.asOf()) + " → " + date(actual.asOf()));
    }
    d.byId("dimension", expected.dimensions(), actual.dimensions(), Dimension::id, ModelDiff::dim);
    d.byId(
        "milestone",
        expected.milestones(),
        actual.milestones(),
        m -> m.id().value(),
        ModelDiff::milestone);
    d.dependencies(expected.dependencies(), actual.dependencies());
    d.byId("source", expected.sources(), actual.sources(), Source::id, ModelDiff::source);
    d.events(expected.events(), actual.events());
    if (d.lines.isEmpty() && !expected.equals(actual)) {
      d.lines.add("the models differ in a way this summary does not show");
    }
    return d.lines;
  }

  private static String date(Optional<PartialDate> date) {
    return date.map(PartialDate::toString).orElse("none");
  }

  private <T> void byId(
      String kind, List<T> expected, List<T> actual, Function<T, String> id, Changes<T> changes) {
    Map<String, T> was = index(expected, id);
    Map<String, T> is = index(actual, id);
    for (T e : actual) {
      if (!was.containsKey(id.apply(e))) {
        lines.add("+ " + kind + " '" + id.apply(e) + "' added");
      }
    }
    for (T e : expected) {
      String key = id.apply(e);
      T now = is.get(key);
      if (now == null) {
        lines.add("- " + kind + " '" + key + "' removed");
      } else if (!now.equals(e)) {
        List<String> what = new ArrayList<>();
        changes.between(e, now, what);
        if (!what.isEmpty()) {
          lines.add("~ " + kind + " '" + key + "' changed: " + String.join("; ", what));
        }
      }
    }
    if (was.keySet().equals(is.keySet())
        && !List.copyOf(was.keySet()).equals(List.copyOf(is.keySet()))) {
      lines.add("~ " + kind + "s in another order: " + List.copyOf(is.keySet()));
    }
  }

  private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    list.forEach(e -> out.putIfAbsent(id.apply(e), e));
    return out;
  }

  /** Adds "field old → new" for each field that differs. */
  private interface Changes<T> {
    void between(T was, T is, List<String> out);
  }

  private static void field(String name, Object was, Object is, List<String> out) {
    if (!Objects.equals(was, is)) {
      out.add(name + " " + quoted(was) + " → " + quoted(is));
    }
  }

  private static String quoted(Object o) {
    if (o == null) {
      return "none";
    }
    return o instanceof String s ? "'" + s + "'" : o.toString();
  }

  private static void dim(Dimension was, Dimension is, List<String> out) {
    field("name", was.name(), is.name(), out);
    field("weight", was.weight(), is.weight(), out);
    field("description", was.description(), is.description(), out);
  }

  /** Dependencies are shown in their own section, so only their order is noted here. */
  private static void milestone(Milestone was, Milestone is, List<String> out) {
    field("name", was.name(), is.name(), out);
    field("dimension", was.dimension(), is.dimension(), out);
    field("weight", was.weight(), is.weight(), out);
    field("description", was.description(), is.description(), out);
    if (!was.requires().equals(is.requires())
        && was.requires().size() == is.requires().size()
        && was.requires().containsAll(is.requires())) {
      field("order of requires", was.requires(), is.requires(), out);
    }
    if (!was.influencedBy().equals(is.influencedBy())
        && was.influencedBy().size() == is.influencedBy().size()
        && was.influencedBy().containsAll(is.influencedBy())) {
      field("order of influencedBy", was.influencedBy(), is.influencedBy(), out);
    }
  }

  private static void source(Source was, Source is, List<String> out) {
    field("outlet", was.outlet(), is.outlet(), out);
    field("title", was.title(), is.title(), out);
    field("published", was.published(), is.published(), out);
    field("locator", was.locator(), is.locator(), out);
  }

  private void dependencies(List<Dependency> expected, List<Dependency> actual) {
    for (Dependency d : actual) {
      if (!expected.contains(d)) {
        lines.add("+ dependency added: " + d);
      }
    }
    for (Dependency d : expected) {
      if (!actual.contains(d)) {
        lines.add("- dependency removed: " + d);
      }
    }
  }

  private void events(List<Event> expected, List<Event> actual) {
    List<Event> removed = new ArrayList<>(expected);
    List<Event> added = new ArrayList<>();
    for (Event e : actual) {
      if (!removed.remove(e)) {
        added.add(e);
      }
    }
    List<String> changed = new ArrayList<>();
    for (Iterator<Event> it = removed.iterator(); it.hasNext(); ) {
      Event was = it.next();
      Optional<Event> is =
          added.stream()
              .filter(a -> a.date().equals(was.date()) && a.milestone().equals(was.milestone()))
              .findFirst();
      if (is.isPresent()) {
        added.remove(is.get());
        it.remove();
        List<String> what = new ArrayList<>();
        field("status", was.status().orElse(null), is.get().status().orElse(null), what);
        field("sources", was.sources(), is.get().sources(), what);
        field("note", was.note(), is.get().note(), what);
        changed.add(
            "~ event of "
                + was.date()
                + was.milestone().map(m -> " on '" + m + "'").orElse(" (context)")
                + " changed: "
                + String.join("; ", what));
      }
    }
    added.forEach(e -> lines.add("+ event added: " + e));
    removed.forEach(e -> lines.add("- event removed: " + e));
    lines.addAll(changed);
    if (added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !expected.equals(actual)) {
      lines.add("~ the same events in another order");
    }
  }
}
