package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the file reader walks mappings and lists: what each structural method returns, which value it
 * skips for a handler that reads nothing or after a problem, and where it says each problem is.
 * Problems are written {@code file:line:column: path: message}.
 */
class StrictReaderStructureTest {
  private static final ObjectSpec ROOT =
      ObjectSpec.of("model", List.of("id", "name", "items", "meta", "extra"), "id");
  private static final ObjectSpec META = ObjectSpec.of("meta", List.of("a", "b", "c"), "a", "c");

  private static StrictReader reader(String text, boolean yaml) {
    return new StrictReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "f",
        yaml,
        ReadLimits.defaults());
  }

  private static List<String> problems(StrictReader r) {
    return r.problems().sorted().stream().map(Problem::toString).toList();
  }

  // ---- the document

  @Test
  void aWholeDocumentReadsToItsEndWithoutProblems() {
    StrictReader r = reader("id: a\nname: b\n", true);
    List<String> seen = new ArrayList<>();
    assertThat(r.readDocument(ROOT, key -> seen.add(key + "=" + r.text()))).isTrue();
    assertThat(seen).containsExactly("id=a", "name=b");
    assertThat(r.problems().isEmpty()).isTrue();
  }

  @Test
  void anEmptyDocumentIsIncompleteAndSaysWhatWasExpected() {
    StrictReader r = reader("", true);
    assertThat(r.readDocument(ROOT, key -> {})).isFalse();
    assertThat(r.problems().isEmpty()).isFalse();
    assertThat(problems(r))
        .containsExactly(
            "f:1:1: the document is empty; expected a mapping (model) with keys"
                + " id, name, items, meta, extra");
  }

  @Test
  void aRootThatIsAListIsIncomplete() {
    StrictReader r = reader("- id: a\n", true);
    List<String> seen = new ArrayList<>();
    assertThat(r.readDocument(ROOT, seen::add)).isFalse();
    assertThat(seen).isEmpty();
    assertThat(problems(r))
        .containsExactly(
            "f:1:1: expected a mapping (model) with keys id, name, items, meta, extra, found a"
                + " list");
  }

  @Test
  void contentAfterTheDocumentIsAProblemButTheDocumentItselfWasRead() {
    StrictReader json = reader("{\"id\": \"a\"} {}", false);
    assertThat(json.readDocument(ROOT, key -> json.text())).isTrue();
    assertThat(problems(json))
        .containsExactly(
            "f:1:13: unexpected content after the end of the document; a file holds exactly one"
                + " document");

    StrictReader yaml = reader("id: a\n---\nid: b\n", true);
    assertThat(yaml.readDocument(ROOT, key -> yaml.text())).isTrue();
    assertThat(problems(yaml))
        .containsExactly(
            "f:3:1: unexpected content after the end of the document; a file holds exactly one"
                + " document");
  }

  @Test
  void aSyntaxErrorEndsTheReadingAsIncomplete() {
    StrictReader r = reader("id: a\nname: b: c\n", true);
    List<String> seen = new ArrayList<>();
    assertThat(r.readDocument(ROOT, key -> seen.add(key + "=" + r.text()))).isFalse();
    assertThat(seen).containsExactly("id=a", "name=b");
    assertThat(problems(r))
        .containsExactly("f:2:8: syntax error: mapping values are not allowed here");
  }

  // ---- mappings of a spec

  @Test
  void aRepeatedKeyIsFoundWhateverItsPlaceInTheSpecAndItsValueIsSkippedWhole() {
    // "meta" is the spec's fourth key; its repeated value is a mapping whose keys must not be
    // taken for keys of the root.
    StrictReader r = reader("id: a\nmeta:\n  a: 1\nmeta:\n  id: 2\n  name: x\nname: n\n", true);
    List<String> seen = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("meta")) {
                    r.readObject(META, k -> seen.add("meta." + k + "=" + r.text()));
                  } else {
                    seen.add(key + "=" + r.text());
                  }
                }))
        .isTrue();
    assertThat(seen).containsExactly("id=a", "meta.a=1", "name=n");
    assertThat(problems(r))
        .containsExactly(
            "f:3:3: meta: missing required key 'c' in meta",
            "f:4:1: meta: duplicate key 'meta' in model (first at line 2, column 1)");
  }

  @Test
  void aValueAHandlerDoesNotReadIsSkippedWithEverythingInIt() {
    // The handler ignores "meta"; its nested "name" must not reach the root's handler.
    StrictReader r = reader("id: a\nmeta:\n  name: inner\n  items: [1, 2]\nname: outer\n", true);
    List<String> seen = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (!key.equals("meta")) {
                    seen.add(key + "=" + r.text());
                  }
                }))
        .isTrue();
    assertThat(seen).containsExactly("id=a", "name=outer");
    assertThat(r.problems().isEmpty()).isTrue();
  }

  @Test
  void aMappingOfTheWrongTypeIsRefusedAndSkipped() {
    StrictReader r = reader("id: a\nmeta: [x, {name: y}]\nname: n\n", true);
    List<Boolean> results = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("meta")) {
                    results.add(r.readObject(META, k -> seen.add("meta." + k)));
                  } else {
                    seen.add(key + "=" + r.text());
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly(false);
    assertThat(seen).containsExactly("id=a", "name=n");
    assertThat(problems(r)).containsExactly("f:2:7: meta: expected a mapping (meta), found a list");
  }

  @Test
  void anAliasIsRefusedWhereverAValueIsRead() {
    String text = "id: &x a\nmeta: *x\nitems: *x\nextra: *x\nname: *x\n";
    StrictReader r = reader(text, true);
    List<Object> results = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  switch (key) {
                    case "id" -> results.add(r.text());
                    case "meta" -> results.add(r.readObject(META, k -> results.add(k)));
                    case "items" -> results.add(r.readList(i -> results.add(i)));
                    case "extra" -> results.add(r.readMap("weights", k -> results.add(k)));
                    default -> results.add(String.valueOf(r.bool()));
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly("a", false, false, false, "null");
    String refused = "YAML aliases are not supported (found *x); write the value out in full";
    assertThat(problems(r))
        .containsExactly(
            "f:2:7: meta: " + refused,
            "f:3:8: items: " + refused,
            "f:4:8: extra: " + refused,
            "f:5:7: name: " + refused);
  }

  // ---- mappings with data as keys

  @Test
  void aMapReadsEveryKeyOnceAndKnowsWhereEachKeyIs() {
    StrictReader r = reader("id: a\nextra:\n  x: 1\n  y:\n    deep: [1]\n  x: {z: 2}\n", true);
    List<String> seen = new ArrayList<>();
    List<Boolean> results = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("extra")) {
                    results.add(
                        r.readMap(
                            "weights",
                            k -> {
                              long at = r.keyPosition();
                              seen.add(k + "@" + Positions.line(at) + ":" + Positions.column(at));
                              if (k.equals("x")) {
                                seen.add("x=" + r.number());
                              }
                            }));
                  } else {
                    r.text();
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly(true);
    // "y"'s value is skipped for the handler; the repeated "x" is skipped whole, so neither "deep"
    // nor "z" is taken for a key of the map.
    assertThat(seen).containsExactly("x@3:3", "x=1.0", "y@4:3");
    assertThat(problems(r))
        .containsExactly(
            "f:6:3: extra.x: duplicate key 'x' in weights (first at line 3, column 3)");
  }

  @Test
  void aMapOfTheWrongTypeIsRefusedAndSkipped() {
    StrictReader r = reader("{\"extra\": [{\"id\": 1}], \"id\": \"a\"}", false);
    List<Object> results = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("extra")) {
                    results.add(r.readMap("weights", results::add));
                  } else {
                    results.add(key + "=" + r.text());
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly(false, "id=a");
    assertThat(problems(r))
        .containsExactly("f:1:11: extra: expected a mapping (weights), found a list");
  }

  // ---- lists

  @Test
  void anElementAHandlerDoesNotReadIsSkippedWithEverythingInIt() {
    StrictReader r = reader("id: a\nitems:\n  - [1, [2, 3]]\n  - {name: x}\n  - last\n", true);
    List<String> seen = new ArrayList<>();
    List<Boolean> results = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("items")) {
                    results.add(
                        r.readList(
                            i -> {
                              if (i == 2) {
                                seen.add(i + "=" + r.text());
                              }
                            }));
                  } else {
                    r.text();
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly(true);
    assertThat(seen).containsExactly("2=last");
    assertThat(r.problems().isEmpty()).isTrue();
  }

  @Test
  void aScalarWhereAListBelongsSuggestsBrackets() {
    StrictReader r = reader("id: a\nitems: x\nmeta: {a: 1, c: 2}\nname: ~\n", true);
    List<Boolean> results = new ArrayList<>();
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  switch (key) {
                    case "items", "name" -> results.add(r.readList(i -> r.text()));
                    case "meta" -> results.add(r.readList(i -> r.text()));
                    default -> r.text();
                  }
                }))
        .isTrue();
    assertThat(results).containsExactly(false, false, false);
    assertThat(problems(r))
        .containsExactly(
            "f:2:8: items: expected a list, found text 'x' (write [x])",
            "f:3:7: meta: expected a list, found a mapping",
            "f:4:7: name: expected a list, found null");
  }

  // ---- paths

  @Test
  void pathsNameEveryLevelDeeperThanTheInitialStack() {
    // Twelve levels of lists inside two mappings: deeper than the path's first allocation.
    StringBuilder json = new StringBuilder("{\"id\": \"a\", \"items\": ");
    json.append("[".repeat(12)).append("{\"bad\": 1}").append("]".repeat(12)).append("}");
    StrictReader r = reader(json.toString(), false);
    ObjectSpec leaf = ObjectSpec.of("leaf", List.of("ok"));
    List<String> paths = new ArrayList<>();
    StrictReader.ElementHandler[] nested = new StrictReader.ElementHandler[1];
    nested[0] =
        i -> {
          if (!r.readList(nested[0])) {
            paths.add(r.path());
          }
        };
    assertThat(
            r.readDocument(
                ROOT,
                key -> {
                  if (key.equals("items")) {
                    r.readList(nested[0]);
                  } else {
                    paths.add(r.path("here"));
                    r.text();
                  }
                }))
        .isTrue();
    assertThat(paths.get(0)).isEqualTo("id.here");
    assertThat(paths.get(1)).isEqualTo("items" + "[0]".repeat(12));
    assertThat(problems(r))
        .containsExactly("f:1:34: items" + "[0]".repeat(12) + ": expected a list, found a mapping");

    StringBuilder deepKeys = new StringBuilder("{\"id\": \"a\", \"meta\": ");
    for (int i = 0; i < 10; i++) {
      deepKeys.append("{\"a\": ");
    }
    deepKeys.append("{\"b\": true, \"zz\": 0}").append("}".repeat(10)).append("}");
    StrictReader k = reader(deepKeys.toString(), false);
    StrictReader.FieldHandler[] down = new StrictReader.FieldHandler[1];
    down[0] =
        key -> {
          if (key.equals("a")) {
            k.readObject(META, down[0]);
          } else {
            paths.add(k.path() + "|" + k.path("x"));
            k.bool();
          }
        };
    assertThat(
            k.readDocument(
                ROOT,
                key -> {
                  if (key.equals("meta")) {
                    k.readObject(META, down[0]);
                  } else {
                    k.text();
                  }
                }))
        .isTrue();
    assertThat(paths).endsWith("meta" + ".a".repeat(10) + ".b|meta" + ".a".repeat(10) + ".b.x");
    // Each level opens six characters after the last, from column 21; the innermost "zz" is
    // twelve characters into the innermost mapping, at column 81.
    assertThat(problems(k))
        .hasSize(13)
        .startsWith("f:1:21: meta: missing required key 'c' in meta")
        .endsWith(
            "f:1:93: meta" + ".a".repeat(10) + ".zz: unknown key 'zz' in meta; allowed: a, b, c");
  }
}
