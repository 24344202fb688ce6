package io.github.thaw.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens input files so that every failure names the file. */
public final class Inputs {
  private Inputs() {}

  /**
   * Opens a file for reading.
   *
   * @param file the file
   * @return its bytes; the caller closes the stream
   * @throws FileSystemException naming the file if it is a directory, or as {@link
   *     Files#newInputStream} throws
   * @throws IOException if it cannot be opened
   */
  public static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory, not a file");
    }
    return Files.newInputStream(file);
  }
}
