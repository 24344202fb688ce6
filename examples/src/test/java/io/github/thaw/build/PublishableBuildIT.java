package io.github.thaw.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thaw.model.ProcessModel;
import io.github.thaw.report.HtmlReport;
import io.github.thaw.seeds.TurkiyeArmenia;
import io.github.thaw.testing.ThawAssertions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user or Maven Central gets from the build: licences in every jar, a third-party list in
 * thaw.jar that covers everything it bundles, and consumer POMs without the build's own plugins.
 * Run by Failsafe after {@code package}, on the jars of this reactor build.
 */
class PublishableBuildIT {
  private static final Path CLI_JAR =
      Path.of(System.getProperty("thaw.cli.jar", "target/thaw.jar"));
  private static final Path BUNDLED =
      Path.of(System.getProperty("thaw.bundled.list", "target/bundled-dependencies.txt"));

  /** {@code group:artifact:jar:version:scope} lines of {@code dependency:list}. */
  private static final Pattern LISTED =
      Pattern.compile("^\\s*([^:\\s]+):([^:\\s]+):jar:([^:\\s]+):(compile|runtime)\\b");

  /** {@code (licence) Name (group:artifact:version - url)} lines of THIRD-PARTY.txt. */
  private static final Pattern THIRD_PARTY =
      Pattern.compile("^\\s*\\((.+?)\\) .* \\(([^:\\s()]+):([^:\\s()]+):([^\\s()]+) - .*\\)$");

  private static final Map<String, Class<?>> LIBRARIES =
      Map.of(
          "thaw-core", ProcessModel.class,
          "thaw-report", HtmlReport.class,
          "thaw-seeds", TurkiyeArmenia.class,
          "thaw-testing", ThawAssertions.class);

  @Test
  void theCliJarCarriesLicenceNoticeAndThirdPartyList() throws IOException {
    try (ZipFile jar = new ZipFile(CLI_JAR.toFile())) {
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      // The merged notice keeps Thaw's and those of the bundled Apache-2.0 libraries.
      assertThat(text(jar, "META-INF/NOTICE"))
          .contains("Thaw", "Apache Commons Math", "Apache Commons RNG", "Jackson", "Apache Batik");
      assertThat(text(jar, "META-INF/THIRD-PARTY.txt")).contains("third-party dependencies");
    }
  }

  @Test
  void everyBundledLibraryIsListedWithItsLicence() throws IOException {
    List<String> bundled = new ArrayList<>();
    for (String line : Files.readAllLines(BUNDLED, StandardCharsets.UTF_8)) {
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        bundled.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    // Jackson, SnakeYAML, Commons Math/Numbers/RNG/Statistics, picocli, JFreeChart, Batik.
    assertThat(bundled).hasSizeGreaterThan(20).contains("info.picocli:picocli:4.7.7");

    TreeSet<String> inJar = new TreeSet<>();
    String thirdParty;
    try (ZipFile jar = new ZipFile(CLI_JAR.toFile())) {
      thirdParty = text(jar, "META-INF/THIRD-PARTY.txt");
      // Most jars carry their Maven coordinates; the list must cover those too.
      jar.stream()
          .map(ZipEntry::getName)
          .map(Pattern.compile("^META-INF/maven/([^/]+)/([^/]+)/pom\\.properties$")::matcher)
          .filter(Matcher::matches)
          .filter(m -> !m.group(1).equals("io.github.thaw"))
          .forEach(m -> inJar.add(m.group(1) + ":" + m.group(2)));
    }
    Map<String, String> licenceOf = new java.util.TreeMap<>();
    for (String line : thirdParty.split("\n")) {
      Matcher m = THIRD_PARTY.matcher(line);
      if (m.matches()) {
        licenceOf.put(m.group(2) + ":" + m.group(3) + ":" + m.group(4), m.group(1));
      }
    }
    for (String gav : bundled) {
      assertThat(licenceOf).as("THIRD-PARTY.txt entry for bundled %s", gav).containsKey(gav);
      assertThat(licenceOf.get(gav))
          .as("licence of %s", gav)
          .isNotBlank()
          .doesNotContainIgnoringCase("unknown");
    }
    List<String> listedGa =
        licenceOf.keySet().stream().map(k -> k.substring(0, k.lastIndexOf(':'))).toList();
    assertThat(inJar).isNotEmpty();
    assertThat(listedGa).as("libraries found inside thaw.jar").containsAll(inJar);

    // Charts: JFreeChart under the LGPL, drawing on Apache Batik; nothing under the GPL itself.
    assertThat(licenceOf.get("org.jfree:jfreechart:1.5.6")).contains("LGPL-2.1");
    assertThat(licenceOf.get("org.apache.xmlgraphics:batik-svggen:1.20")).isEqualTo("Apache-2.0");
    assertThat(licenceOf)
        .allSatisfy(
            (gav, licence) ->
                assertThat(licence.replace("LGPL", "").replace("Lesser General", ""))
                    .as("licence of %s", gav)
                    .doesNotContain("GPL", "General Public"));
    assertThat(inJar).noneMatch(ga -> ga.startsWith("org.jfree:org.jfree.svg"));
  }

  @Test
  void noDependencyHasAModuleNameTakenFromItsFileName() throws IOException {
    // dependency:list marks a name derived from the jar's file name "(auto)" and one declared by
    // Automatic-Module-Name "[auto]". A library that requires the former cannot be published
    // (javac: "Required filename-based automodules detected"); commons-math3 3.6.1 was one.
    List<String> lines = Files.readAllLines(BUNDLED, StandardCharsets.UTF_8);
    assertThat(lines).anyMatch(l -> l.contains("-- module org.apache.commons.math4.legacy"));
    assertThat(lines).noneMatch(l -> l.contains("(auto)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"thaw-core", "thaw-report", "thaw-seeds", "thaw-testing"})
  void everyLibraryJarCarriesLicenceAndNotice(String artifact) throws Exception {
    Path jarFile = jarOf(artifact);
    try (ZipFile jar = new ZipFile(jarFile.toFile())) {
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      assertThat(text(jar, "META-INF/NOTICE")).contains("Thaw");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"thaw-core", "thaw-report", "thaw-seeds", "thaw-testing"})
  void everyLibraryHasSourcesJavadocAndAConsumerPom(String artifact) throws Exception {
    Path jarFile = jarOf(artifact);
    String base = jarFile.getFileName().toString().replaceFirst("\\.jar$", "");
    Path dir = jarFile.getParent();
    try (ZipFile sources = new ZipFile(dir.resolve(base + "-sources.jar").toFile());
        ZipFile javadoc = new ZipFile(dir.resolve(base + "-javadoc.jar").toFile())) {
      assertThat(sources.getEntry("module-info.java")).isNotNull();
      assertThat(javadoc.getEntry("index.html")).isNotNull();
      for (ZipFile jar : List.of(sources, javadoc)) {
        assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License");
        assertThat(text(jar, "META-INF/NOTICE")).contains("Thaw");
      }
    }
    // In the reactor the consumer POM is target/.flattened-pom.xml; in a repository it is the .pom.
    Path pom =
        Files.exists(dir.resolve(".flattened-pom.xml"))
            ? dir.resolve(".flattened-pom.xml")
            : dir.resolve(base + ".pom");
    assertConsumerPom(Files.readString(pom, StandardCharsets.UTF_8));
  }

  @Test
  void theExamplesConsumerPomHasNoBuildSection() throws IOException {
    Path pom = CLI_JAR.getParent().resolve(".flattened-pom.xml");
    assertConsumerPom(Files.readString(pom, StandardCharsets.UTF_8));
  }

  private static void assertConsumerPom(String pom) {
    assertThat(pom)
        .contains(
            "<name>",
            "<description>",
            "<url>https://github.com/thaw-project/thaw</url>",
            "<name>Apache-2.0</name>",
            "<developers>",
            "<connection>scm:git:https://github.com/thaw-project/thaw.git</connection>")
        .doesNotContain("<parent>", "<build>", "<profiles>", "pitest", "jacoco", "spotless");
  }

  private static Path jarOf(String artifact) throws URISyntaxException {
    Path p =
        Path.of(
            LIBRARIES.get(artifact).getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(p.getFileName().toString())
        .as("%s must be on the class path as its packaged jar: run mvn verify", artifact)
        .startsWith(artifact)
        .endsWith(".jar");
    return p;
  }

  private static String text(ZipFile jar, String entry) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).as("%s in %s", entry, jar.getName()).isNotNull();
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }
}
