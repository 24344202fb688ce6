package io.github.thaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.thaw.report.FanChartData;
import io.github.thaw.report.HtmlReport;
import io.github.thaw.report.SensitivityData;
import io.github.thaw.seeds.TurkiyeArmenia;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the reports in headless Chromium (Debian's {@code chromium} package): the page loads with
 * no console message at all (the report runs no script, so any message is a blocked load or an
 * error), every section and chart is in the rendered DOM, and a screenshot and a PDF print are
 * written to {@code target/browser/}.
 *
 * <p>Runs in the {@code browser} profile ({@code mvn verify -Pbrowser}), which makes a missing
 * browser a failure; run on its own without the profile, it is skipped when no browser is found.
 * {@code .ci/install-chromium.sh} installs one.
 */
@Tag("browser")
class ReportInBrowserTest {
  private static final List<String> SECTIONS =
      List.of(
          "summary",
          "timeline",
          "graph",
          "scenarios",
          "forecast",
          "sensitivity",
          "robustness",
          "methodology",
          "sources");
  private static final Pattern CONSOLE = Pattern.compile(".*:CONSOLE[:(].*");
  private static final long TIMEOUT_SECONDS = 120;

  private static Path chromium;
  private static Path out;
  private static String missing;

  @TempDir static Path temp;

  @BeforeAll
  static void findBrowser() throws IOException {
    boolean required = Boolean.getBoolean("thaw.browser.required");
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String message =
          "no Chromium found (looked for $CHROMIUM, -Dthaw.chromium and chromium,"
              + " chromium-browser, google-chrome on PATH); install it with"
              + " .ci/install-chromium.sh";
      if (required) {
        fail("the browser profile is active but " + message);
      }
      missing = "skipping the browser test: " + message + ", or run with -Pbrowser";
      return;
    }
    chromium = found.get();
    out = Path.of(System.getProperty("thaw.browser.out", "target/browser"));
    Files.createDirectories(out);
  }

  private static Optional<Path> locate() {
    for (String given :
        new String[] {System.getProperty("thaw.chromium"), System.getenv("CHROMIUM")}) {
      if (given != null && !given.isBlank()) {
        return Optional.of(Path.of(given)).filter(Files::isExecutable);
      }
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What one browser run printed. */
  record BrowserRun(int code, String stdout, List<String> console, String stderr) {}

  private static BrowserRun browse(Path page, String... extra) throws Exception {
    Assumptions.assumeTrue(chromium != null, missing);
    Path profile = Files.createTempDirectory(temp, "profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
    cmd.addAll(List.of(extra));
    cmd.add(page.toUri().toString());
    Path stdout = temp.resolve("stdout-" + System.nanoTime());
    Path stderr = temp.resolve("stderr-" + System.nanoTime());
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    List<String> console = err.lines().filter(l -> CONSOLE.matcher(l).matches()).toList();
    return new BrowserRun(
        p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), console, err);
  }

  @Test
  void consoleMessagesAreSeenWhenThereAreAny() throws Exception {
    // Guards the check below: if this Chromium stopped logging console messages, an empty list
    // would prove nothing.
    Path bad = temp.resolve("bad.html");
    Files.writeString(
        bad,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\""
            + " content=\"default-src 'none'\"/></head><body>"
            + "<img src=\"https://thaw.invalid/x.png\" alt=\"\"/></body></html>",
        StandardCharsets.UTF_8);
    BrowserRun run = browse(bad, "--dump-dom");
    assertThat(run.console()).as(run.stderr()).isNotEmpty();
  }

  @Test
  void commandLineReportRendersWithoutConsoleMessages() throws Exception {
    Assumptions.assumeTrue(chromium != null, missing);
    Path report = out.resolve("report.html");
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        ThawCommand.run(
            new PrintWriter(o), new PrintWriter(e), "report", "--out", report.toString());
    assertThat(code).as(e.toString()).isZero();
    check(
        report,
        List.of(
            "index-trajectory",
            "dependency-graph",
            "scenario-comparison",
            "forecast-fan",
            "sensitivity-bars",
            "robustness-bars"));
  }

  @Test
  void fullReportRendersEveryChartWithoutConsoleMessages() throws Exception {
    Assumptions.assumeTrue(chromium != null, missing);
    Path report = out.resolve("report-full.html");
    HtmlReport.builder(TurkiyeArmenia.model())
        .scenarios(TurkiyeArmenia.scenarios())
        .forecast(fan(), "Illustrative numbers for the browser test, not a forecast.")
        .sensitivity(
            new SensitivityData(
                "index at 2027-12-31",
                List.of("railway transition time", "border transition time", "energy weight"),
                new double[] {0.12, 0.41, 0.01},
                new double[] {0.08, 0.35, -0.02},
                new double[] {0.16, 0.47, 0.04},
                new double[] {0.22, 0.55, 0.02},
                new double[] {0.18, 0.49, 0.0},
                new double[] {0.27, 0.61, 0.05}),
            "Illustrative numbers for the browser test.")
        .build()
        .writeTo(report);
    check(
        report,
        List.of(
            "index-trajectory",
            "dependency-graph",
            "scenario-comparison",
            "forecast-fan",
            "sensitivity-bars"));
    BrowserRun pdf = browse(report, "--print-to-pdf=" + out.resolve("report-full.pdf"));
    assertThat(pdf.code()).as(pdf.stderr()).isZero();
    assertThat(pdf.console()).isEmpty();
    byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve("report-full.pdf")), 5);
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  private static void check(Path report, List<String> charts) throws Exception {
    BrowserRun dom = browse(report, "--dump-dom");
    assertThat(dom.code()).as(dom.stderr()).isZero();
    assertThat(dom.console()).as("console messages of " + report).isEmpty();
    String html = dom.stdout();
    Files.writeString(
        out.resolve(report.getFileName() + ".dom.html"), html, StandardCharsets.UTF_8);
    for (String s : SECTIONS) {
      assertThat(html).as("section " + s).contains("<section id=\"" + s + "\"");
    }
    List<String> svgs = new ArrayList<>();
    Matcher m = Pattern.compile("<svg id=\"([a-z-]+)\"").matcher(html);
    while (m.find()) {
      svgs.add(m.group(1));
    }
    assertThat(svgs).containsExactlyElementsOf(charts);
    for (String id : charts) {
      assertThat(html).contains("<title id=\"" + id + "-title\">");
    }

    Path png = out.resolve(report.getFileName() + ".png");
    Files.deleteIfExists(png);
    BrowserRun shot = browse(report, "--screenshot=" + png, "--window-size=1280,4000");
    assertThat(shot.code()).as(shot.stderr()).isZero();
    assertThat(shot.console()).isEmpty();
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(4000);
    assertThat(colours(image)).as("distinct colours in the screenshot").isGreaterThan(20);
  }

  /** Distinct colours on a coarse grid: a blank or failed page has one or two. */
  private static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  private static FanChartData fan() {
    List<LocalDate> dates = new ArrayList<>();
    int n = 12;
    double[] p10 = new double[n];
    double[] p50 = new double[n];
    double[] p90 = new double[n];
    double[] border = new double[n];
    for (int i = 0; i < n; i++) {
      dates.add(LocalDate.of(2025, 12, 31).plusMonths(3L * i));
      p10[i] = 38 + 0.8 * i;
      p50[i] = 38 + 2 * i;
      p90[i] = 38 + 3.5 * i;
      border[i] = 1 - Math.exp(-i / 10.0);
    }
    Map<String, double[]> curves = new LinkedHashMap<>();
    curves.put("border-opening", border);
    return new FanChartData(dates, p10, p50, p90, curves);
  }
}
