package io.github.thaw.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The primitive dependency graph on its own, below the model that normally builds it. */
class DependencyGraphTest {
  private static final int[] NONE = {};

  @Test
  void aDiamondSortsPrerequisitesFirstAndIndexesDependentsBothWays() {
    // 0 ← 1 (hard), 0 ← 2 (soft), {1 hard, 2 soft} ← 3
    DependencyGraph g =
        DependencyGraph.of(
            4, new int[][] {NONE, {0}, NONE, {1}}, new int[][] {NONE, NONE, {0}, {2}});
    assertThat(g.size()).isEqualTo(4);
    assertThat(g.isAcyclic()).isTrue();
    assertThat(g.cycles()).isEmpty();
    assertThat(g.topologicalOrder()).containsExactly(0, 1, 2, 3);
    assertThat(g.hardEdgesPointBackward()).isTrue();
    assertThat(g.hardStart()).containsExactly(0, 0, 1, 1, 2);
    assertThat(g.hardTargets()).containsExactly(0, 1);
    assertThat(g.softStart()).containsExactly(0, 0, 0, 1, 2);
    assertThat(g.softTargets()).containsExactly(0, 2);
    assertThat(g.hardDependentStart()).containsExactly(0, 1, 2, 2, 2);
    assertThat(g.hardDependentTargets()).containsExactly(1, 3);
    assertThat(g.softDependentStart()).containsExactly(0, 1, 1, 2, 2);
    assertThat(g.softDependentTargets()).containsExactly(2, 3);
    assertThat(g.reachable(3, g.hardStart(), g.hardTargets())).containsExactly(1, 0);
    assertThat(g.reachable(0, g.softDependentStart(), g.softDependentTargets()))
        .containsExactly(2, 3);
    assertThat(g.reachable(0, g.hardStart(), g.hardTargets())).isEmpty();
  }

  @Test
  void tiesInTheOrderFollowDeclarationAndForwardEdgesAreNoticed() {
    // 2 has no prerequisite; 0 requires 2; 1 requires nothing.
    DependencyGraph g =
        DependencyGraph.of(3, new int[][] {{2}, NONE, NONE}, new int[][] {NONE, NONE, NONE});
    assertThat(g.topologicalOrder()).containsExactly(1, 2, 0);
    assertThat(g.hardEdgesPointBackward()).isFalse();
  }

  @Test
  void aSoftCycleCountsAsACycleAndIsReportedOnce() {
    // 0 soft← 1 soft← 2 soft← 0, and 3 hangs off the cycle
    DependencyGraph g =
        DependencyGraph.of(
            4, new int[][] {NONE, NONE, NONE, {0}}, new int[][] {{1}, {2}, {0}, NONE});
    assertThat(g.isAcyclic()).isFalse();
    assertThat(g.cycles()).hasSize(1);
    assertThat(g.cycles().get(0)).containsExactly(0, 1, 2, 0);
    assertThatThrownBy(g::topologicalOrder)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the dependency graph has a cycle");
  }

  @Test
  void twoSeparateCyclesAreBothReportedAndASelfLoopIsACycle() {
    DependencyGraph g =
        DependencyGraph.of(
            5, new int[][] {{1}, {0}, NONE, {3}, {3}}, new int[][] {NONE, NONE, NONE, NONE, NONE});
    assertThat(g.cycles()).hasSize(2);
    assertThat(g.cycles().get(0)).containsExactly(0, 1, 0);
    assertThat(g.cycles().get(1)).containsExactly(3, 3);
    assertThat(g.reachable(0, g.hardStart(), g.hardTargets())).containsExactly(1, 0);
  }

  @Test
  void reachableGrowsPastItsFirstBuffer() {
    int n = 40;
    int[][] hard = new int[n][];
    int[][] soft = new int[n][];
    hard[0] = NONE;
    for (int i = 1; i < n; i++) {
      hard[i] = new int[] {i - 1};
    }
    for (int i = 0; i < n; i++) {
      soft[i] = NONE;
    }
    DependencyGraph g = DependencyGraph.of(n, hard, soft);
    int[] all = g.reachable(n - 1, g.hardStart(), g.hardTargets());
    assertThat(all).hasSize(n - 1);
    assertThat(all[0]).isEqualTo(n - 2);
    assertThat(all[n - 2]).isZero();
  }
}
