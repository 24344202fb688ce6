package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Limits;
import io.github.thaw.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the file reader's scalar methods return for each kind of value, and the located problem it
 * records, with the value as written, when the value cannot be used.
 */
class StrictReaderScalarsTest {
  private static final ObjectSpec ROOT = ObjectSpec.of("root", List.of("v", "w"));

  /** What one value method made of the value of {@code v}, and the problems recorded. */
  private record Read(Object value, List<String> problems) {}

  private static Read read(String text, boolean yaml, Function<StrictReader, Object> method) {
    StrictReader r =
        new StrictReader(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "f",
            yaml,
            ReadLimits.defaults());
    List<Object> values = new ArrayList<>();
    boolean complete =
        r.readDocument(
            ROOT,
            key -> {
              if (key.equals("v")) {
                values.add(method.apply(r));
              }
            });
    assertThat(complete).isTrue();
    assertThat(values).hasSize(1);
    return new Read(values.get(0), r.problems().sorted().stream().map(Problem::toString).toList());
  }

  private static Read yaml(String value, Function<StrictReader, Object> method) {
    return read("v: " + value + "\nw: 1\n", true, method);
  }

  private static Read json(String value, Function<StrictReader, Object> method) {
    return read("{\"v\": " + value + ", \"w\": 1}", false, method);
  }

  // ---- booleans

  @Test
  void booleansReadAsWritten() {
    assertThat(json("true", StrictReader::bool)).isEqualTo(new Read(true, List.of()));
    assertThat(json("false", StrictReader::bool)).isEqualTo(new Read(false, List.of()));
  }

  @Test
  void aBooleanOfAnotherTypeIsNullWithAProblemAndItsContainerIsSkipped() {
    assertThat(json("1", StrictReader::bool))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected true or false, found number 1")));
    assertThat(json("{\"w\": true}", StrictReader::bool))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected true or false, found a mapping")));
    assertThat(yaml("*a", StrictReader::bool).value()).isNull();
  }

  // ---- text

  @Test
  void yamlReadsAnyPlainScalarAsTextAsWrittenAndJsonOnlyStrings() {
    assertThat(yaml("1993", StrictReader::text)).isEqualTo(new Read("1993", List.of()));
    assertThat(yaml("true", StrictReader::text)).isEqualTo(new Read("true", List.of()));
    assertThat(yaml("1.50", StrictReader::text)).isEqualTo(new Read("1.50", List.of()));
    assertThat(json("\"x\"", StrictReader::text)).isEqualTo(new Read("x", List.of()));
    assertThat(json("1993", StrictReader::text))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected text, found number 1993")));
    assertThat(json("[\"x\", [1]]", StrictReader::text))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected text, found a list")));
  }

  @Test
  void textUpToTheLengthLimitIsKeptAndOneCharacterMoreIsRefused() {
    int max = Limits.MAX_TEXT_LENGTH;
    String longest = "x".repeat(max);
    assertThat(json("\"" + longest + "\"", StrictReader::text))
        .isEqualTo(new Read(longest, List.of()));
    assertThat(json("\"" + longest + "y\"", StrictReader::text))
        .isEqualTo(
            new Read(
                null,
                List.of(
                    "f:1:7: v: text of "
                        + (max + 1)
                        + " characters is longer than the "
                        + max
                        + " allowed")));
  }

  @Test
  void textOrIntegerTakesStringsAndWholeNumbersAsWritten() {
    Function<StrictReader, Object> date = r -> r.textOrInteger("a date");
    assertThat(json("2024", date)).isEqualTo(new Read("2024", List.of()));
    assertThat(json("\"2024-05\"", date)).isEqualTo(new Read("2024-05", List.of()));
    assertThat(yaml("2024-05-01", date)).isEqualTo(new Read("2024-05-01", List.of()));
    assertThat(json("20.5", date))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected a date, found number 20.5")));
    assertThat(json("true", date))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected a date, found true")));
    assertThat(yaml("*a", date).value()).isNull();
  }

  // ---- numbers

  @ParameterizedTest
  @CsvSource({
    "16, 16.0",
    "-2.5, -2.5",
    "+3, 3.0",
    "1e3, 1000.0",
    ".5, 0.5",
    "0, 0.0",
    "0.000, 0.0",
    // an exponent does not make zero something else
    "0e5, 0.0",
    "0E5, 0.0",
    "0.0e-900, 0.0",
    // the smallest normal double and the largest double are in range
    "2.2250738585072014E-308, 2.2250738585072014E-308",
    "1.7976931348623157e308, 1.7976931348623157e308",
  })
  void decimalNumbersReadAsTheirValue(String written, double value) {
    assertThat(yaml(written, StrictReader::number)).isEqualTo(new Read(value, List.of()));
  }

  @Test
  void yamlInfinitiesAndNanReadAsSuchForTheCallerToRefuse() {
    assertThat(yaml(".inf", StrictReader::number).value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(yaml("+.Inf", StrictReader::number).value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(yaml("-.inf", StrictReader::number).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(yaml("-.INF", StrictReader::number).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat((Double) yaml(".NaN", StrictReader::number).value()).isNaN();
  }

  @ParameterizedTest
  @CsvSource({"0x10", "0b101", "017", "1_000"})
  void yamlNumbersNotWrittenInDecimalAreRefusedAsWritten(String written) {
    assertThat(yaml(written, StrictReader::number))
        .isEqualTo(
            new Read(
                null,
                List.of(
                    "f:1:4: v: expected a decimal number such as 16, 0.5 or 1e3, found '"
                        + written
                        + "' (hexadecimal, octal, binary, sexagesimal, leading zeros and '_'"
                        + " separators are not read)")));
  }

  @ParameterizedTest
  @CsvSource({
    // too large for a double
    "1e400",
    "-1e309",
    // a non-zero digit before the exponent: not zero, but too small for a double
    "1e-400",
    "9e-400",
    "0.001e-400",
    "5E-400",
    // subnormal: a double holds it, but only with lost precision
    "1e-310",
    "-2.2250738585072e-308",
  })
  void numbersADoubleCannotHoldAreRefusedAsWritten(String written) {
    String problem =
        "v: number "
            + written
            + " is outside the range Thaw computes with (magnitude between 2.2e-308 and 1.8e308,"
            + " or 0)";
    assertThat(yaml(written, StrictReader::number))
        .isEqualTo(new Read(null, List.of("f:1:4: " + problem)));
    assertThat(json(written, StrictReader::number))
        .isEqualTo(new Read(null, List.of("f:1:7: " + problem)));
  }

  @Test
  void aNumberOfAnotherTypeIsNullWithAProblem() {
    assertThat(json("\"5\"", StrictReader::number))
        .isEqualTo(new Read(null, List.of("f:1:7: v: expected a number, found text '5'")));
    assertThat(yaml("1:30", StrictReader::number))
        .isEqualTo(new Read(null, List.of("f:1:4: v: expected a number, found text '1:30'")));
    assertThat(yaml("*a", StrictReader::number).value()).isNull();
  }

  @Test
  void aNumberTooLongToParseIsRefusedWithItsDigitsClipped() {
    String digits = "1".repeat(1001);
    assertThat(yaml(digits, StrictReader::number))
        .isEqualTo(
            new Read(
                null, List.of("f:1:4: v: expected a number, found '" + "1".repeat(40) + "…'")));
  }

  // ---- how values are shown in messages

  @Test
  void aValueIsShownWholeUpToFortyCharactersAndClippedAfter() {
    String forty = "abcdefghij".repeat(4);
    assertThat(json("\"" + forty + "\"", StrictReader::number).problems())
        .containsExactly("f:1:7: v: expected a number, found text '" + forty + "'");
    assertThat(json("\"" + forty + "k\"", StrictReader::number).problems())
        .containsExactly("f:1:7: v: expected a number, found text '" + forty + "…'");
  }

  @Test
  void controlCharactersAreEscapedInMessages() {
    assertThat(json("\"a\\nb\\tc\\u0001\\u007f\\u009f\\u00a0d\"", StrictReader::number).problems())
        .containsExactly(
            "f:1:7: v: expected a number, found text 'a\\nb\\u0009c\\u0001\\u007f\\u009f\u00a0d'");
  }

  // ---- weights

  @Test
  void weightsAreFiniteNumbersFromZeroToTheLimit() {
    Function<StrictReader, Object> weight = Values::weight;
    assertThat(yaml("0", weight)).isEqualTo(new Read(0.0, List.of()));
    assertThat(yaml("1e6", weight)).isEqualTo(new Read(1e6, List.of()));
    assertThat(yaml("2.5", weight)).isEqualTo(new Read(2.5, List.of()));
    assertThat(yaml("-1", weight))
        .isEqualTo(
            new Read(null, List.of("f:1:4: v: weight must be a finite number >= 0, found -1")));
    assertThat(yaml(".nan", weight))
        .isEqualTo(
            new Read(null, List.of("f:1:4: v: weight must be a finite number >= 0, found .nan")));
    assertThat(yaml(".inf", weight))
        .isEqualTo(
            new Read(null, List.of("f:1:4: v: weight must be a finite number >= 0, found .inf")));
    assertThat(yaml("1000001", weight))
        .isEqualTo(
            new Read(
                null, List.of("f:1:4: v: weight must be a number from 0 to 1e6, found 1000001")));
    assertThat(yaml("x", weight).value()).isNull();
  }
}
