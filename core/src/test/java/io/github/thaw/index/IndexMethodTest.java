package io.github.thaw.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexMethodTest {

  @Test
  void defaults() {
    IndexMethod m = IndexMethod.defaults();

    // The Peace Accords Matrix's own aggregate on the implementation coding 0, 0, 2/3, 1.
    assertThat(m.scores()).isEqualTo(StatusScores.implementation());
    assertThat(m.milestoneWeights()).isEqualTo(Weights.fromModel());
    assertThat(m.milestoneAggregation()).isEqualTo(Aggregation.ARITHMETIC);
    assertThat(m.gating()).isEqualTo(Gating.CAP_BY_PREREQUISITES);
    assertThat(m.structure()).isEqualTo(Structure.POOLED);
    assertThat(m.readingRule()).isEqualTo(ReadingRule.MOST_RELIABLE);
    assertThat(m.dateRule()).isEqualTo(DateRule.END_OF_PERIOD);
    assertThat(m.disputeWindowDays()).isEqualTo(31);
    assertThat(m.includeUnscored()).isFalse();
    assertThat(IndexMethod.builder().build()).isEqualTo(m).hasSameHashCodeAs(m);
  }

  @Test
  void legacyIsTheDefaultOfTheFirstRound() {
    IndexMethod m = IndexMethod.legacy();

    assertThat(m.scores()).isEqualTo(StatusScores.defaults());
    assertThat(m.milestoneWeights()).isEqualTo(Weights.fromModel());
    assertThat(m.dimensionWeights()).isEqualTo(Weights.fromModel());
    assertThat(m.milestoneAggregation()).isEqualTo(Aggregation.ARITHMETIC);
    assertThat(m.dimensionAggregation()).isEqualTo(Aggregation.ARITHMETIC);
    assertThat(m.gating()).isEqualTo(Gating.CAP_BY_PREREQUISITES);
    assertThat(m.structure()).isEqualTo(Structure.BY_DIMENSION);
    assertThat(m.readingRule()).isEqualTo(ReadingRule.LATEST);
    assertThat(m).isNotEqualTo(IndexMethod.defaults());
    assertThat(IndexMethod.pamImplementation())
        .isEqualTo(m.toBuilder().scores(StatusScores.implementation()).build());
  }

  @Test
  void theDefaultOnTheWorkedExampleIsComputedByHand() {
    // Worked example at 2025-01-01, six weight units: envoys COMPLETED (1), crossing AGREED (0),
    // border-opening reported IN_PROGRESS but capped at AGREED by the crossing (0, weight 2),
    // flights COMPLETED (1), railway AGREED on the latest report (0; IN_PROGRESS, 2/3, at the high
    // end of the band). Pooled: value (1 + 1) / 6, high (1 + 1 + 2/3) / 6; agreement: all six
    // units are AGREED or further.
    IndexResult r = IndexMethod.defaults().evaluate(Examples.worked(), Examples.AS_OF);

    assertThat(r.value()).isCloseTo(100.0 * 2 / 6, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.low()).isCloseTo(100.0 * 2 / 6, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.high())
        .isCloseTo(100.0 * (2 + 2.0 / 3) / 6, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.agreement()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.implementation()).isEqualTo(r.value());
  }

  @Test
  void pam() {
    IndexMethod m = IndexMethod.pam();

    assertThat(m.scores()).isEqualTo(StatusScores.defaults());
    assertThat(m.milestoneWeights()).isEqualTo(Weights.equal());
    assertThat(m.milestoneAggregation()).isEqualTo(Aggregation.ARITHMETIC);
    assertThat(m.gating()).isEqualTo(Gating.NONE);
    assertThat(m.structure()).isEqualTo(Structure.POOLED);
    assertThat(m).isNotEqualTo(IndexMethod.defaults());
  }

  @Test
  void everyOptionGoesThroughTheBuilderAndBack() {
    IndexMethod m =
        IndexMethod.builder()
            .scores(StatusScores.ofPoints(10, 0, 2, 5, 10))
            .milestoneWeights(Weights.equal().with("a", 2))
            .dimensionWeights(Weights.fromModel().with("d", 0.5))
            .milestoneAggregation(Aggregation.GEOMETRIC)
            .dimensionAggregation(Aggregation.WEAKEST_LINK)
            .gating(Gating.NONE)
            .structure(Structure.POOLED)
            .build();

    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m.scores().score(io.github.thaw.model.Status.IN_PROGRESS)).isEqualTo(0.5);
    assertThat(m.dimensionAggregation()).isEqualTo(Aggregation.WEAKEST_LINK);
    assertThat(IndexMethod.builder().aggregation(Aggregation.GEOMETRIC).build())
        .satisfies(
            x -> {
              assertThat(x.milestoneAggregation()).isEqualTo(Aggregation.GEOMETRIC);
              assertThat(x.dimensionAggregation()).isEqualTo(Aggregation.GEOMETRIC);
            });
  }

  @Test
  void describesItselfInWords() {
    assertThat(IndexMethod.defaults().describe())
        .isEqualTo(
            "status scores 0, 0, 2/3, 1 (NOT_STARTED to COMPLETED); all scored milestones pooled,"
                + " weights from the model, weighted arithmetic mean; dimension values weighted by"
                + " their milestones; a milestone counts no further than its"
                + " least-advanced hard prerequisite; reading rule MOST_RELIABLE");
    assertThat(IndexMethod.legacy().describe())
        .isEqualTo(
            "status scores 0, 1/3, 2/3, 1 (NOT_STARTED to COMPLETED); milestone weights from the"
                + " model, weighted arithmetic mean within each dimension; dimension weights from"
                + " the model, weighted arithmetic mean across dimensions; a milestone counts no"
                + " further than its least-advanced hard prerequisite");
    assertThat(IndexMethod.pam().describe())
        .isEqualTo(
            "status scores 0, 1/3, 2/3, 1 (NOT_STARTED to COMPLETED); all scored milestones"
                + " pooled, weights equal, weighted arithmetic mean; dimension values weighted by"
                + " their milestones; no gating by prerequisites");
    assertThat(
            IndexMethod.legacy().toBuilder().aggregation(Aggregation.GEOMETRIC).build().toString())
        .contains("weighted geometric mean (scores shifted by 1/99) within each dimension");
  }

  @Test
  void evaluateEqualsPrepareThenAt() {
    for (IndexMethod m : Methods.all()) {
      IndexResult direct = m.evaluate(Examples.worked(), Examples.AS_OF);
      IndexResult prepared = m.prepare(Examples.worked()).at(Examples.AS_OF);

      assertThat(prepared.band()).isEqualTo(direct.band());
      assertThat(prepared.dimensions()).isEqualTo(direct.dimensions());
      assertThat(prepared.milestones()).isEqualTo(direct.milestones());
    }
  }

  @Test
  void aPreparedIndexKnowsItsModelAndMethod() {
    ProgressIndex index = IndexMethod.pam().prepare(Examples.worked());

    assertThat(index.method()).isEqualTo(IndexMethod.pam());
    assertThat(index.model()).isEqualTo(Examples.worked());
    assertThat(index.toString()).startsWith("ProgressIndex[ProcessModel['Worked example'");
  }
}
