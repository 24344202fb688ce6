package io.github.thaw.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thaw.index.GatingFinding;
import io.github.thaw.index.IndexResult;
import io.github.thaw.index.MilestoneScore;
import io.github.thaw.index.Trajectory;
import io.github.thaw.index.TrajectoryPoint;
import io.github.thaw.model.Event;

/** The JSON shapes of index results and trajectories; keys as in the design's contract. */
final class IndexJson {
  private IndexJson() {}

  static ObjectNode result(IndexResult r) {
    ObjectNode o = Json.object();
    o.put("asOf", r.asOf().toString());
    o.put("value", r.value());
    o.put("low", r.low());
    o.put("high", r.high());
    ObjectNode components = o.putObject("components");
    components.put("agreement", r.agreement());
    components.put("implementation", r.implementation());
    o.put("method", r.method().describe());
    ObjectNode dims = o.putObject("dimensions");
    r.dimensions().forEach(dims::put);
    ObjectNode ms = o.putObject("milestones");
    for (MilestoneScore s : r.milestones()) {
      ObjectNode m = ms.putObject(s.milestone().value());
      m.put("dimension", s.dimension());
      m.put("status", s.status().name());
      m.put("low", s.low().name());
      m.put("high", s.high().name());
      m.put("counted", s.counted().name());
      m.put("rawScore", s.rawScore());
      m.put("countedScore", s.countedScore());
      m.put("weight", s.weight());
      m.put("contribution", s.contribution());
    }
    ArrayNode findings = o.putArray("findings");
    for (GatingFinding f : r.findings()) {
      ObjectNode n = findings.addObject();
      n.put("milestone", f.milestone().value());
      n.put("status", f.status().name());
      n.put("prerequisite", f.prerequisite().value());
      n.put("countedStatus", f.countedStatus().name());
      ArrayNode chain = n.putArray("chain");
      f.chain().forEach(c -> chain.add(c.value()));
      n.put("explanation", f.describe());
    }
    return o;
  }

  static ArrayNode trajectory(Trajectory t) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (TrajectoryPoint p : t.points()) {
      ObjectNode o = out.addObject();
      o.put("date", p.date().toString());
      o.put("value", p.value());
      o.put("low", p.low());
      o.put("high", p.high());
      o.put("delta", p.delta());
      ObjectNode components = o.putObject("components");
      components.put("agreement", p.agreement());
      components.put("implementation", p.implementation());
      ObjectNode dims = o.putObject("dimensions");
      p.dimensions().forEach(dims::put);
      ArrayNode events = o.putArray("events");
      for (Event e : p.events()) {
        ObjectNode n = events.addObject();
        n.put("date", e.date().toString());
        n.put("milestone", e.milestone().map(Object::toString).orElse(null));
        n.put("status", e.status().map(Enum::name).orElse(null));
        ArrayNode src = n.putArray("sources");
        e.sources().forEach(src::add);
      }
    }
    return out;
  }
}
