package io.github.thaw.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One mapper for every command's JSON output: indented, keys in insertion order. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(Object node) {
    if (node instanceof com.fasterxml.jackson.databind.JsonNode tree) {
      requireFinite(tree, "");
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * The guard that keeps a NaN or an infinity from ever reaching a script with exit 0: the limits
   * should make one impossible, and if one slips through the command fails naming where it is.
   */
  private static void requireFinite(com.fasterxml.jackson.databind.JsonNode node, String path) {
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      throw new IllegalArgumentException(
          "the result at "
              + (path.isEmpty() ? "/" : path)
              + " is "
              + node.doubleValue()
              + ", not a number that can be reported; check the input's weights and values"
              + " against docs/limits.md");
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> requireFinite(e.getValue(), path + "/" + e.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireFinite(node.get(i), path + "/" + i);
      }
    }
  }
}
