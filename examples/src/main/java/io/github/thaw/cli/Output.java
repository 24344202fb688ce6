package io.github.thaw.cli;

import io.github.thaw.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Writes a command's output file through {@link AtomicFiles} (whole or not at all, the old file
 * intact on failure, a symbolic link replaced rather than followed), reporting a failure on stderr
 * instead of a stack trace.
 */
final class Output {
  private Output() {}

  /** Writes text in UTF-8; on failure prints {@code thaw: cannot write FILE: reason}. */
  static boolean write(Path file, String text, PrintWriter err) {
    String problem = null;
    if (file.toString().isEmpty()) {
      problem = "the file name is empty";
    } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      problem = "is a directory; give a file name";
    } else {
      try {
        AtomicFiles.write(file, text);
        return true;
      } catch (IOException e) {
        problem = reason(e);
      }
    }
    String shown = file.toString().isEmpty() ? "''" : TerminalText.clean(file.toString());
    err.println("thaw: cannot write " + shown + ": " + problem);
    err.flush();
    return false;
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : TerminalText.clean(m);
  }
}
