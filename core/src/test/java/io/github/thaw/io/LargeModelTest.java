package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.MilestoneId;
import io.github.thaw.model.ProcessModel;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A long dependency chain loads in one streaming pass. (A million milestones were checked by hand
 * with -Xmx2g; timing belongs in benchmarks/, not here.)
 */
@Tag("scale")
class LargeModelTest {
  private static final int SIZE = 100_000;

  /** One milestone per line, each requiring the one before; {@code broken} names a missing one. */
  private static String chain(int size, int broken) {
    StringBuilder json = new StringBuilder(size * 80);
    json.append("{\"name\": \"Chain\",\n\"dimensions\": [{\"id\": \"d\", \"name\": \"D\"}],\n");
    json.append("\"milestones\": [\n");
    for (int i = 0; i < size; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\": \"m-").append(i).append("\", \"name\": ");
      json.append("\"Milestone ").append(i).append("\", \"dimension\": \"d\"");
      if (i > 0) {
        json.append(", \"requires\": [\"m-").append(i == broken ? "x" : i - 1).append("\"]");
      }
      json.append('}');
    }
    return json.append("\n]}\n").toString();
  }

  @Test
  void aHundredThousandMilestoneChainLoads() {
    // GIVEN a chain of 100,000 milestones WHEN read
    ProcessModel model = ModelFiles.read(chain(SIZE, -1), "chain.json", FileSyntax.JSON);
    // THEN every milestone and edge is there and the chain sorts end to end
    assertThat(model.milestones()).hasSize(SIZE);
    List<MilestoneId> order = model.topologicalOrder();
    assertThat(order.get(0)).isEqualTo(MilestoneId.of("m-0"));
    assertThat(order.get(SIZE - 1)).isEqualTo(MilestoneId.of("m-" + (SIZE - 1)));
    assertThat(model.milestone("m-99999").requires()).containsExactly(MilestoneId.of("m-99998"));
  }

  @Test
  void aProblemDeepInALargeFileIsLocatedOnItsLine() {
    // GIVEN a shorter chain with one reference broken near the end
    int broken = 19_990;
    // WHEN read THEN the problem names its line (milestone i is on line i + 4) and index
    assertThat(TestModels.problems(chain(20_000, broken), "chain.json"))
        .containsExactly(
            "chain.json:"
                + (broken + 4)
                + ":77: milestones["
                + broken
                + "].requires[0]: Milestone 'm-x' is not in model 'Chain' (did you mean 'm-0'?)");
  }
}
