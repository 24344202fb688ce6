package io.github.thaw.cli;

/** Charts are drawn on an SVG canvas; the JVM must never try to reach a display for them. */
final class Headless {
  private Headless() {}

  /** Sets {@code java.awt.headless=true} unless the user chose otherwise; call before any AWT. */
  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
