package io.github.thaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the Java examples in README.md exactly as written there. */
class ReadmeExampleTest {

  static String javaBlock(String markdown) {
    return javaBlocks(markdown).get(0);
  }

  static List<String> javaBlocks(String markdown) {
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("README.md has a ```java block").isNotEmpty();
    return blocks;
  }

  /** Compiles one source file against the test class path into {@code dir}. */
  private static void compile(Path dir, String className, String code) throws Exception {
    Path source = dir.resolve(className + ".java");
    Files.writeString(source, code, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            source.toString());
    assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void readmeAssumptionTestIsFiveLinesCompilesAndPasses(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> tests = javaBlocks(readme).stream().filter(b -> b.contains("@Test")).toList();
    assertThat(tests).as("README.md has one assumption test").hasSize(1);
    String code = tests.get(0);
    Matcher name = Pattern.compile("class (\\w+)").matcher(code);
    assertThat(name.find()).isTrue();

    // The README calls it a five-line test: from @Test to the closing brace of the method.
    List<String> lines = code.lines().toList();
    int at = lines.indexOf("  @Test");
    assertThat(lines.subList(at, lines.indexOf("  }") + 1)).hasSize(5);

    compile(dir, name.group(1), code);
    int ran = 0;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> type = loader.loadClass(name.group(1));
      Constructor<?> make = type.getDeclaredConstructor();
      make.setAccessible(true);
      Object instance = make.newInstance();
      for (Method m : type.getDeclaredMethods()) {
        if (m.isAnnotationPresent(org.junit.jupiter.api.Test.class)) {
          m.setAccessible(true);
          try {
            m.invoke(instance);
          } catch (InvocationTargetException e) {
            throw new AssertionError("the README's assumption test fails", e.getCause());
          }
          ran++;
        }
      }
    }
    assertThat(ran).isEqualTo(1);
  }

  @Test
  void readmeExampleCompilesRunsAndPrintsWhatTheReadmeSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    compile(dir, "Example", javaBlock(readme));

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader
          .loadClass("Example")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).containsExactly("AGREED", "[crossing, railway]", "0.0 33.3");
    assertThat(readme).contains("It prints `AGREED`, `[crossing, railway]` and `0.0 33.3`");
  }
}
