package io.github.thaw.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a real file into a malformed one by a few random edits of the kinds that break loaders:
 * flipped bytes, truncation, lost, repeated or swapped lines, deep nesting, stray unicode, values
 * of the wrong type, misspelt keys, YAML's special tokens and pieces of other files. Deterministic
 * for a given random generator.
 */
final class MalformedDocuments {
  private static final Pattern YAML_VALUE =
      Pattern.compile("(?m)^([ ]*-?[ ]*[A-Za-z]++:)[ ]*(.+)$");
  private static final Pattern JSON_VALUE =
      Pattern.compile(
          "(\"[A-Za-z]++\"[ ]*:[ ]*)(\"[^\"]*\"|-?[0-9.eE+]+|true|false|null|\\[[^\\]]*\\])");
  private static final Pattern KEY = Pattern.compile("(?<![A-Za-z])([A-Za-z]{2,}+)(\"?[ ]*:)");

  /** Values of every type, and texts that YAML reads as something else. */
  private static final String[] VALUES = {
    "[]",
    "{}",
    "[1, 2]",
    "{x: 1}",
    "{\"x\": [null]}",
    "null",
    "~",
    "true",
    "no",
    "0",
    "-1",
    "12",
    "3.5",
    "1e309",
    "-0.0",
    ".nan",
    ".inf",
    "0x1F",
    "2025-13-45",
    "2025-02-30",
    "0000",
    "99999-01-01",
    "\"\"",
    "''",
    "\"a\"",
    "!!binary aGVsbG8=",
    "&anchor 1",
    "*anchor",
    "|\n  text",
    ">-\n  folded",
    "\"\\ud800\"",
    "'unterminated",
    "[unclosed",
    "{unclosed: 1",
    "NOT_STARTED",
    "COMPLETED",
    "m",
    "x".repeat(5000),
    "9".repeat(400),
    "-" + "9".repeat(30),
  };

  /** Tokens with a meaning of their own in YAML or JSON. */
  private static final String[] TOKENS = {
    "&a ",
    "*a",
    "!!str ",
    "!!map ",
    "!!python/object:x ",
    "<<: ",
    "? ",
    "--- ",
    "...\n",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "|",
    ">",
    "\t",
    "- ",
    ": ",
    ", ",
    "#",
    "\"",
    "'",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "\n",
    "\r",
    "\r\n",
    "\u0000",
    "\ufeff",
    "\u2028",
    "\u202e",
    "\ud83d\ude00",
  };

  // The patterns above only start at a line, a quote or the first letter of a word, and never
  // backtrack into a run of letters, so long runs (a mutant may hold thousands) cost linear time.

  private MalformedDocuments() {}

  /** One to four random edits of a seed document. */
  static byte[] mutate(String seed, List<String> others, SplittableRandom random) {
    String text = seed;
    int edits = 1 + random.nextInt(4);
    byte[] bytes = null;
    for (int i = 0; i < edits; i++) {
      if (bytes != null) {
        bytes = flipBytes(bytes, random);
        continue;
      }
      switch (random.nextInt(13)) {
        case 0 -> bytes = flipBytes(text.getBytes(StandardCharsets.UTF_8), random);
        case 1 -> text = text.substring(0, random.nextInt(text.length() + 1));
        case 2 -> text = editLines(text, random);
        case 3 -> text = editLines(editLines(text, random), random);
        case 4 -> text = insert(text, nesting(random), random);
        case 5 -> text = insert(text, unicode(random), random);
        case 6 -> text = swapValue(text, random);
        case 7 -> text = swapValue(swapValue(text, random), random);
        case 8 -> text = misspellKey(text, random);
        case 9 -> text = insert(text, TOKENS[random.nextInt(TOKENS.length)], random);
        case 10 ->
            text = insert(text, slice(others.get(random.nextInt(others.size())), random), random);
        case 11 -> text = repeatChunk(text, random);
        default -> text = deleteChunk(text, random);
      }
    }
    return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] flipBytes(byte[] in, SplittableRandom random) {
    byte[] out = Arrays.copyOf(in, in.length);
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && out.length > 0; i++) {
      int at = random.nextInt(out.length);
      out[at] =
          random.nextBoolean()
              ? (byte) (out[at] ^ (1 << random.nextInt(8)))
              : (byte) random.nextInt(256);
    }
    return out;
  }

  private static String editLines(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.isEmpty()) {
      return text;
    }
    int at = random.nextInt(lines.size());
    switch (random.nextInt(4)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(at));
      case 2 -> {
        int other = random.nextInt(lines.size());
        String a = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, a);
      }
      default -> lines.set(at, " ".repeat(random.nextInt(9)) + lines.get(at).strip());
    }
    return String.join("\n", lines);
  }

  private static String nesting(SplittableRandom random) {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 80 : 5000);
    String open = random.nextBoolean() ? "[" : random.nextBoolean() ? "{a: " : "{\"a\": ";
    String close = open.equals("[") ? "]" : "}";
    return open.repeat(depth) + (random.nextBoolean() ? close.repeat(depth) : "");
  }

  private static String unicode(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      int cp =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20); // control characters
            case 1 -> 0xD800 + random.nextInt(0x800); // lone surrogates
            case 2 -> 0x80 + random.nextInt(0x2000);
            default -> random.nextInt(Character.MAX_CODE_POINT + 1);
          };
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  private static String swapValue(String text, SplittableRandom random) {
    Matcher m = (text.stripLeading().startsWith("{") ? JSON_VALUE : YAML_VALUE).matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(2), m.end(2)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    return text.substring(0, s[0]) + VALUES[random.nextInt(VALUES.length)] + text.substring(s[1]);
  }

  private static String misspellKey(String text, SplittableRandom random) {
    Matcher m = KEY.matcher(text);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    int at = s[0] + random.nextInt(s[1] - s[0]);
    String letter = String.valueOf((char) ('a' + random.nextInt(26)));
    return text.substring(0, at) + (random.nextBoolean() ? letter : "") + text.substring(at + 1);
  }

  private static String insert(String text, String piece, SplittableRandom random) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + piece + text.substring(at);
  }

  private static String slice(String text, SplittableRandom random) {
    int from = random.nextInt(text.length() + 1);
    int to = Math.min(text.length(), from + random.nextInt(400));
    return text.substring(from, to);
  }

  private static String repeatChunk(String text, SplittableRandom random) {
    String chunk = slice(text, random);
    return insert(text, chunk.repeat(1 + random.nextInt(random.nextBoolean() ? 4 : 200)), random);
  }

  private static String deleteChunk(String text, SplittableRandom random) {
    int from = random.nextInt(text.length() + 1);
    int to = Math.min(text.length(), from + random.nextInt(200));
    return text.substring(0, from) + text.substring(to);
  }
}
