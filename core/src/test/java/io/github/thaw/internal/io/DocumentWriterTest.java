package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.thaw.io.FileSyntax;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The document writers on their own, beyond the shapes model files need. */
class DocumentWriterTest {
  private static final int DEPTH = 40;

  private static JsonNode parse(String text, FileSyntax format) throws IOException {
    ObjectMapper mapper =
        format == FileSyntax.YAML ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    return mapper.readTree(text);
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void chainedCallsWriteNestingDeeperThanTheFirstStack(FileSyntax format) throws IOException {
    // GIVEN forty levels, alternating a mapping with a key and a list holding one mapping
    StringWriter text = new StringWriter();
    DocumentWriter w = DocumentWriter.of(format == FileSyntax.YAML, text).beginObject();
    for (int level = 0; level < DEPTH; level++) {
      w = w.name("k" + level).value("v" + level).name("list").beginList().beginObject();
    }
    w = w.name("leaf").values(List.of("a", "b")).name("n").value(2.5).name("bare").bareValue("x");
    for (int level = 0; level < DEPTH; level++) {
      w = w.endObject().endList();
    }
    w.endObject().finish();
    // WHEN read back THEN every level is where it was written
    JsonNode node = parse(text.toString(), format);
    for (int level = 0; level < DEPTH; level++) {
      assertThat(node.get("k" + level).asText()).as("level %d", level).isEqualTo("v" + level);
      assertThat(node.get("list")).hasSize(1);
      node = node.get("list").get(0);
    }
    assertThat(node.get("leaf").get(1).asText()).isEqualTo("b");
    assertThat(node.get("n").asDouble()).isEqualTo(2.5);
    assertThat(node.get("bare").asText()).isEqualTo("x");
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void emptyListsAndMappingsAreWrittenAsSuch(FileSyntax format) throws IOException {
    StringWriter text = new StringWriter();
    DocumentWriter.of(format == FileSyntax.YAML, text)
        .beginObject()
        .name("none")
        .beginList()
        .endList()
        .name("nothing")
        .beginObject()
        .endObject()
        .name("in")
        .beginList()
        .beginObject()
        .endObject()
        .beginList()
        .endList()
        .value("last")
        .endList()
        .endObject()
        .finish();
    JsonNode node = parse(text.toString(), format);
    assertThat(node.get("none").isArray()).isTrue();
    assertThat(node.get("none")).isEmpty();
    assertThat(node.get("nothing").isObject()).isTrue();
    assertThat(node.get("nothing")).isEmpty();
    assertThat(node.get("in")).hasSize(3);
    assertThat(node.get("in").get(0).isObject()).isTrue();
    assertThat(node.get("in").get(1).isArray()).isTrue();
    assertThat(node.get("in").get(2).asText()).isEqualTo("last");
  }

  @ParameterizedTest
  @EnumSource(FileSyntax.class)
  void finishFlushesWhatItWrote(FileSyntax format) throws IOException {
    // GIVEN a writer that only passes text on when flushed
    StringWriter target = new StringWriter();
    StringBuilder held = new StringBuilder();
    Writer buffered =
        new FilterWriter(target) {
          @Override
          public void write(int c) {
            held.append((char) c);
          }

          @Override
          public void write(char[] cbuf, int off, int len) {
            held.append(cbuf, off, len);
          }

          @Override
          public void write(String str, int off, int len) {
            held.append(str, off, len);
          }

          @Override
          public void flush() {
            target.write(held.toString());
            held.setLength(0);
          }
        };
    DocumentWriter.of(format == FileSyntax.YAML, buffered)
        .beginObject()
        .name("a")
        .value("b")
        .endObject()
        .finish();
    assertThat(parse(target.toString(), format).get("a").asText()).isEqualTo("b");
  }
}
