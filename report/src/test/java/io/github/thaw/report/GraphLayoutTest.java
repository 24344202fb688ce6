package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Dimension;
import io.github.thaw.model.Milestone;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
  @Test
  void layerIsTheLongestChainOverHardAndSoftEdges() {
    GraphLayout layout = GraphLayout.of(ReportModels.model());
    // envoys, crossing, railway, peace, border-opening, flights
    assertThat(java.util.Arrays.copyOf(layout.layer, layout.milestones))
        .containsExactly(0, 1, 0, 0, 2, 2);
    assertThat(layout.depth()).isEqualTo(3);
  }

  @Test
  void edgesThatSkipLayersPassThroughPlaceholders() {
    GraphLayout layout = GraphLayout.of(ReportModels.model());
    // railway (layer 0) -> border-opening (layer 2) and peace -> border-opening skip layer 1.
    List<int[]> skipping = layout.paths.stream().filter(p -> p.length == 3).toList();
    assertThat(skipping).hasSize(2);
    for (int[] p : skipping) {
      assertThat(layout.isPlaceholder(p[1])).isTrue();
      assertThat(layout.layer[p[1]]).isEqualTo(1);
      assertThat(layout.layers.get(1)).contains(p[1]);
    }
    assertThat(layout.paths)
        .allSatisfy(
            p ->
                assertThat(layout.layer[p[p.length - 1]] - layout.layer[p[0]])
                    .isEqualTo(p.length - 1));
  }

  @Test
  void orderingRemovesAnAvoidableCrossing() {
    // a -> d and b -> c, declared so that the first order crosses: [a, b] over [c, d].
    ProcessModel m =
        ProcessModel.builder("Cross")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").requires("b").build())
            .milestone(Milestone.builder("d", "D", "x").requires("a").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    List<Integer> top = layout.layers.get(0);
    List<Integer> bottom = layout.layers.get(1);
    // Whatever the order, a's partner d and b's partner c sit on the same side.
    assertThat(top.indexOf(0) < top.indexOf(1)).isEqualTo(bottom.indexOf(3) < bottom.indexOf(2));
    assertThat(GraphLayout.of(m).layers).isEqualTo(layout.layers);
  }

  @Test
  void withinALayerMilestonesFollowDimensionOrderThenModelOrder() {
    ProcessModel m =
        ProcessModel.builder("Dimensions")
            .dimension(Dimension.of("x", "X"))
            .dimension(Dimension.of("y", "Y"))
            .milestone(Milestone.builder("p", "P", "y").build())
            .milestone(Milestone.builder("q", "Q", "x").build())
            .milestone(Milestone.builder("r", "R", "y").build())
            .milestone(Milestone.builder("s", "S", "x").build())
            .build();
    assertThat(ids(m, GraphLayout.of(m))).containsExactly(List.of("q", "s", "p", "r"));
  }

  @Test
  void theFirstLayerKeepsModelOrderWhenReorderingTheNextOneRemovesTheCrossing() {
    ProcessModel m =
        ProcessModel.builder("Cross")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").requires("b").build())
            .milestone(Milestone.builder("d", "D", "x").requires("a").build())
            .build();
    assertThat(ids(m, GraphLayout.of(m))).containsExactly(List.of("a", "b"), List.of("d", "c"));
  }

  @Test
  void aCrossingThatOnlyTheFirstLayerCanUndoIsUndoneByReorderingIt() {
    // x hangs from a and c, y from b: with x and y level on b's barycentre, only moving b above
    // a in the first layer clears the crossing.
    ProcessModel m =
        ProcessModel.builder("Upward")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").build())
            .milestone(Milestone.builder("y", "Y", "x").requires("b").build())
            .milestone(Milestone.builder("x", "X", "x").requires("a", "c").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(crossings(layout)).as(ids(m, layout).toString()).isZero();
  }

  @Test
  void nodesWithSeveralPrerequisitesSitAtTheirAverageHeight() {
    // d hangs from a and b, c from b alone: d belongs above c.
    ProcessModel m =
        ProcessModel.builder("Average")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").requires("b").build())
            .milestone(Milestone.builder("d", "D", "x").requires("a", "b").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(crossings(layout)).isZero();
    assertThat(ids(m, layout)).containsExactly(List.of("a", "b"), List.of("d", "c"));
  }

  @Test
  void longEdgesThroughPlaceholdersAreUncrossedToo() {
    ProcessModel m =
        ProcessModel.builder("Long")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("m0", "M0", "x").build())
            .milestone(Milestone.builder("m1", "M1", "x").requires("m0").build())
            .milestone(Milestone.builder("m2", "M2", "x").requires("m1").build())
            .milestone(Milestone.builder("m3", "M3", "x").requires("m1", "m2", "m0").build())
            .milestone(Milestone.builder("m4", "M4", "x").requires("m2", "m1", "m0").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(crossings(layout)).as(ids(m, layout).toString()).isZero();
  }

  @Test
  void whenACrossingCannotBeAvoidedModelOrderIsKept() {
    // p and q both hang from a and c: one crossing whatever the order, so nothing moves.
    ProcessModel m =
        ProcessModel.builder("Unavoidable")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").build())
            .milestone(Milestone.builder("p", "P", "x").requires("c", "a").build())
            .milestone(Milestone.builder("q", "Q", "x").requires("a", "c").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(crossings(layout)).isEqualTo(1);
    assertThat(ids(m, layout)).containsExactly(List.of("a", "b", "c"), List.of("p", "q"));
  }

  @Test
  void whenNoSweepFindsFewerCrossingsTheFirstOrderIsKept() {
    // m0 -> m4 and m2 -> m3 pass layer 1 as placeholders; one crossing remains whatever the
    // order, and the placeholders keep the order in which their edges were declared.
    ProcessModel m =
        ProcessModel.builder("Kept")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("m0", "M0", "x").build())
            .milestone(Milestone.builder("m1", "M1", "x").requires("m0").build())
            .milestone(Milestone.builder("m2", "M2", "x").build())
            .milestone(Milestone.builder("m3", "M3", "x").requires("m2", "m1").build())
            .milestone(Milestone.builder("m4", "M4", "x").requires("m0", "m3").build())
            .build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(crossings(layout)).isEqualTo(1);
    assertThat(ids(m, layout))
        .containsExactly(
            List.of("m0", "m2"),
            List.of("m1", "·m2>m3", "·m0>m4"),
            List.of("m3", "·m0>m4"),
            List.of("m4"));
  }

  @Test
  void aGraphTooLargeToCountCrossingsIsStillOrderedByBarycentre() {
    // 201 edges each skipping 99 layers make over 20,000 segments, past the point where the
    // layout stops counting crossings. Beside them, a and b with their crossed dependents.
    ProcessModel.Builder b =
        ProcessModel.builder("Large")
            .dimension(Dimension.of("x", "X"))
            .milestone(Milestone.builder("a", "A", "x").build())
            .milestone(Milestone.builder("b", "B", "x").build())
            .milestone(Milestone.builder("c", "C", "x").requires("b").build())
            .milestone(Milestone.builder("d", "D", "x").requires("a").build())
            .milestone(Milestone.builder("z0", "Z0", "x").build());
    for (int i = 1; i < 100; i++) {
      b.milestone(Milestone.builder("z" + i, "Z", "x").requires("z" + (i - 1)).build());
    }
    String[] wide = new String[202];
    wide[0] = "z99";
    for (int i = 0; i < 201; i++) {
      b.milestone(Milestone.builder("w" + i, "W", "x").build());
      wide[i + 1] = "w" + i;
    }
    b.milestone(Milestone.builder("z100", "Z", "x").requires(wide).build());
    ProcessModel m = b.build();
    GraphLayout layout = GraphLayout.of(m);
    assertThat(layout.paths.stream().mapToInt(p -> p.length - 1).sum()).isGreaterThan(20_000);
    List<String> first = ids(m, layout).get(0);
    List<String> second = ids(m, layout).get(1);
    assertThat(first.indexOf("a") < first.indexOf("b"))
        .as("a and b in the same order as their dependents d and c")
        .isEqualTo(second.indexOf("d") < second.indexOf("c"));
  }

  /** The layers as milestone ids, placeholders as "·" and the edge they carry. */
  private static List<List<String>> ids(ProcessModel m, GraphLayout layout) {
    java.util.Map<Integer, String> names = new java.util.HashMap<>();
    for (int v = 0; v < layout.milestones; v++) {
      names.put(v, m.milestones().get(v).id().value());
    }
    for (int e = 0; e < layout.paths.size(); e++) {
      int[] p = layout.paths.get(e);
      for (int k = 1; k + 1 < p.length; k++) {
        names.put(p[k], "·" + names.get(p[0]) + ">" + names.get(p[p.length - 1]));
      }
    }
    return layout.layers.stream().map(l -> l.stream().map(names::get).toList()).toList();
  }

  /** Pairs of edge segments between the same two layers whose ends are in opposite orders. */
  static int crossings(GraphLayout layout) {
    java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
    for (List<Integer> l : layout.layers) {
      for (int i = 0; i < l.size(); i++) {
        position.put(l.get(i), i);
      }
    }
    List<int[]> segments = new java.util.ArrayList<>();
    for (int[] p : layout.paths) {
      for (int k = 0; k + 1 < p.length; k++) {
        segments.add(new int[] {p[k], p[k + 1]});
      }
    }
    int n = 0;
    for (int i = 0; i < segments.size(); i++) {
      for (int j = i + 1; j < segments.size(); j++) {
        int[] s = segments.get(i);
        int[] t = segments.get(j);
        if (layout.layer[s[0]] == layout.layer[t[0]]) {
          int a = position.get(s[0]) - position.get(t[0]);
          int b = position.get(s[1]) - position.get(t[1]);
          n += a * b < 0 ? 1 : 0;
        }
      }
    }
    return n;
  }
}
