package io.github.thaw.io;

import io.github.thaw.internal.io.DocumentWriter;
import io.github.thaw.model.Dimension;
import io.github.thaw.model.Event;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import io.github.thaw.model.Reliability;
import io.github.thaw.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a model in the file format: keys in documentation order, optional keys left out when they
 * hold their default, dates in their own precision.
 */
final class ModelFileWriter {
  private ModelFileWriter() {}

  static void write(ProcessModel model, DocumentWriter w) throws IOException {
    w.beginObject();
    w.name("name").value(model.name());
    if (model.asOf().isPresent()) {
      w.name("asOf").bareValue(model.asOf().get().toString());
    }
    w.name("dimensions").beginList();
    for (Dimension d : model.dimensions()) {
      w.beginObject().name("id").value(d.id()).name("name").value(d.name());
      weight(w, d.weight());
      optional(w, "description", d.description());
      unscored(w, d.scored());
      w.endObject();
    }
    w.endList();
    w.name("milestones").beginList();
    for (Milestone m : model.milestones()) {
      w.beginObject();
      w.name("id").value(m.id().value()).name("name").value(m.name());
      w.name("dimension").value(m.dimension());
      weight(w, m.weight());
      optional(w, "description", m.description());
      ids(w, "requires", m.requires());
      ids(w, "influencedBy", m.influencedBy());
      unscored(w, m.scored());
      w.endObject();
    }
    w.endList();
    w.name("sources").beginList();
    for (Source s : model.sources()) {
      w.beginObject().name("id").value(s.id());
      optional(w, "outlet", s.outlet());
      optional(w, "title", s.title());
      if (s.published() != null) {
        w.name("published").bareValue(s.published().toString());
      }
      optional(w, "locator", s.locator());
      if (s.reliability() != Reliability.F) {
        w.name("reliability").value(s.reliability().name());
      }
      w.endObject();
    }
    w.endList();
    w.name("events").beginList();
    for (Event e : model.events()) {
      w.beginObject().name("date").bareValue(e.date().toString());
      if (e.milestone().isPresent()) {
        w.name("milestone").value(e.milestone().get().value());
        w.name("status").value(e.status().orElseThrow().name());
      }
      List<String> cited = new ArrayList<>(e.citations().size());
      e.citations().forEach(c -> cited.add(c.toString()));
      w.name("sources").values(cited);
      optional(w, "note", e.note());
      w.endObject();
    }
    w.endList();
    w.endObject();
    w.finish();
  }

  private static void weight(DocumentWriter w, double weight) throws IOException {
    if (Double.compare(weight, 1.0) != 0) {
      w.name("weight").value(weight);
    }
  }

  /** Writes {@code scored: false}; the default, true, is left out. */
  private static void unscored(DocumentWriter w, boolean scored) throws IOException {
    if (!scored) {
      w.name("scored").value(false);
    }
  }

  private static void optional(DocumentWriter w, String key, String text) throws IOException {
    if (!text.isEmpty()) {
      w.name(key).value(text);
    }
  }

  private static void ids(DocumentWriter w, String key, List<MilestoneId> ids) throws IOException {
    if (!ids.isEmpty()) {
      List<String> texts = new ArrayList<>(ids.size());
      ids.forEach(id -> texts.add(id.value()));
      w.name(key).values(texts);
    }
  }
}
