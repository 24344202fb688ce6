package io.github.thaw.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgCanvasTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "12, 12",
    "12.5, 12.5",
    "12.345, 12.35",
    "-0.004, 0",
    "-3.1, -3.1",
    "0.05, 0.05",
    "1e7, 10000000",
    "NaN, 0"
  })
  void numbersHaveAtMostTwoDecimalsWhateverTheLocale(double value, String text) {
    assertThat(SvgCanvas.number(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a < b & c > d | a &lt; b &amp; c &gt; d",
        "say \"hi\" 'there' | say &quot;hi&quot; &#39;there&#39;",
        "Türkiye–Armenia | Türkiye–Armenia"
      })
  void htmlEscapesMarkupAndQuotes(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @org.junit.jupiter.api.Test
  void htmlDropsCharactersXmlForbids() {
    assertThat(Html.escape("a\u0001b\ud800c\ud83d\ude00")).isEqualTo("a b\ufffdc\ud83d\ude00");
  }
}
