package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the document writers spell single values, and a document whose root is a list. */
class DocumentWriterValuesTest {
  private static JsonNode parse(String text, boolean yaml) throws IOException {
    return (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper()).readTree(text);
  }

  private static String oneText(String value) throws IOException {
    StringWriter text = new StringWriter();
    DocumentWriter.of(true, text).beginObject().name("t").value(value).endObject().finish();
    return text.toString();
  }

  @Test
  void wholeNumbersBelowAQuadrillionAreWrittenWithoutAFraction() {
    assertThat(DocumentWriter.number(0)).isEqualTo("0");
    assertThat(DocumentWriter.number(-3)).isEqualTo("-3");
    assertThat(DocumentWriter.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
    assertThat(DocumentWriter.number(-999_999_999_999_999.0)).isEqualTo("-999999999999999");
    assertThat(DocumentWriter.number(1e15)).isEqualTo("1.0E15");
    assertThat(DocumentWriter.number(-1e15)).isEqualTo("-1.0E15");
    assertThat(DocumentWriter.number(0.25)).isEqualTo("0.25");
    assertThat(DocumentWriter.number(-0.0)).isEqualTo("-0.0");
    assertThatThrownBy(() -> DocumentWriter.number(Double.NaN))
        .hasMessage("cannot write NaN in a document");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aListAtTheRootHoldsItsValuesInOrder(boolean yaml) throws IOException {
    StringWriter text = new StringWriter();
    DocumentWriter.of(yaml, text)
        .beginList()
        .value(1)
        .value(true)
        .value(false)
        .value("x")
        .beginObject()
        .name("k")
        .value(2.5)
        .endObject()
        .endList()
        .finish();
    JsonNode node = parse(text.toString(), yaml);
    assertThat(node.isArray()).isTrue();
    assertThat(node).hasSize(5);
    assertThat(node.get(0).asInt()).isEqualTo(1);
    assertThat(node.get(1).isBoolean()).isTrue();
    assertThat(node.get(1).asBoolean()).isTrue();
    assertThat(node.get(2).asBoolean()).isFalse();
    assertThat(node.get(3).asText()).isEqualTo("x");
    assertThat(node.get(4).get("k").asDouble()).isEqualTo(2.5);
    if (yaml) {
      assertThat(text.toString()).isEqualTo("- 1\n- true\n- false\n- x\n- k: 2.5\n");
    } else {
      assertThat(text.toString())
          .isEqualTo("[\n  1,\n  true,\n  false,\n  \"x\",\n  {\n    \"k\": 2.5\n  }\n]\n");
    }
  }

  @Test
  void textOfSeveralLinesIsALiteralBlockWhenItReadsBackTheSame() throws IOException {
    assertThat(oneText("first line\nsecond line\n"))
        .isEqualTo("t: |\n  first line\n  second line\n");
    assertThat(oneText("first line\nsecond line"))
        .isEqualTo("t: |-\n  first line\n  second line\n");
    for (String value :
        new String[] {"first line\nsecond line\n", "a\n\nb", "a\nb\n\n", "a \nb", "a\n\tb"}) {
      assertThat(parse(oneText(value), true).get("t").asText()).isEqualTo(value);
    }
    // trailing spaces, a trailing blank line or a tab would not survive a literal block
    assertThat(oneText("a \nb")).isEqualTo("t: \"a \\nb\"\n");
    assertThat(oneText("a\nb\n\n")).isEqualTo("t: \"a\\nb\\n\\n\"\n");
    assertThat(oneText("a\n\tb")).isEqualTo("t: \"a\\n\\tb\"\n");
  }

  @Test
  void controlCharactersAndLineSeparatorsAreEscapedAndNoOthers() throws IOException {
    String value = "a\u007fb\u009fc\u00a0d\u2028e\ufeff";
    String written = oneText(value);
    assertThat(written).isEqualTo("t: \"a\\u007Fb\\u009Fc\u00a0d\\u2028e\\uFEFF\"\n");
    assertThat(parse(written, true).get("t").asText()).isEqualTo(value);
    assertThat(oneText("x\u007e")).isEqualTo("t: \"x~\"\n");
  }
}
