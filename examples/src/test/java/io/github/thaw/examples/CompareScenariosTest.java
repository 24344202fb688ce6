package io.github.thaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompareScenariosTest {

  @Test
  void theExamplePrintsTheComparisonAndWhatTheRailwayUnblocks() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      CompareScenarios.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("index as of 2026-06-01")
        .containsPattern("railway-reactivated +35\\.9 .* \\+15\\.4 +railway-rehabilitation")
        .contains("Still blocked: border-opening waits for third-country-crossing.")
        .contains("Railway delta: +15.4 points")
        .contains("Unblocked: [railway-rehabilitation]");
  }
}
