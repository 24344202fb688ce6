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
}
