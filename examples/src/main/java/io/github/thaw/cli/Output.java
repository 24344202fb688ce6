package io.github.thaw.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's output file, reporting a failure on stderr instead of a stack trace. */
final class Output {
  private Output() {}

  /** Writes text in UTF-8; on failure prints {@code thaw: cannot write FILE: reason}. */
  static boolean write(Path file, String text, PrintWriter err) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.NoSuchFileException
              ? "no such directory"
              : e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : String.valueOf(e.getMessage());
      err.println("thaw: cannot write " + file + ": " + reason);
      err.flush();
      return false;
    }
  }
}
