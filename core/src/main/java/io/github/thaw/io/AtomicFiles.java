package io.github.thaw.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way Thaw writes a file: whole or not at all.
 *
 * <p>The bytes go to a new file beside the target ({@code .NAME.PID-N.tmp} in the same directory),
 * are forced to disk, and the new file is then moved over the target in one step ({@link
 * StandardCopyOption#ATOMIC_MOVE}, or a plain replacing move where the file system cannot do it
 * atomically). A failure at any point, a full disk or a file-size limit included, deletes the
 * temporary file and leaves an existing target as it was; a killed process leaves at most a
 * temporary file, never a half-written target.
 *
 * <p><b>Symbolic links.</b> A symbolic link at the target is replaced by the new regular file; the
 * file it pointed to is not touched. Writing through a link would make the write non-atomic and let
 * a link planted in a shared directory redirect the output.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("report.html"), html);
 * }</pre>
 */
public final class AtomicFiles {
  private static final AtomicLong TEMP_COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /** Writes bytes to a stream that the caller must not close. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the file's bytes.
     *
     * @param out the temporary file's stream; flushed and closed by {@link AtomicFiles}
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes text in UTF-8, replacing the file in one step.
   *
   * @param file the target
   * @param text the whole content
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path file, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(file, out -> out.write(bytes));
  }

  /**
   * Writes whatever the content writes, replacing the file in one step.
   *
   * @param file the target
   * @param content writes the bytes
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path file, Content content) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Path target = file.toAbsolutePath();
    if (target.getFileName() == null) {
      throw new IOException(target + ": not a file name");
    }
    if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + ": is a directory");
    }
    Path temp = newTempFile(target);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** A new empty file beside the target, with the directory's default permissions. */
  private static Path newTempFile(Path target) throws IOException {
    Path dir = target.getParent();
    String base = "." + target.getFileName() + ".";
    while (true) {
      Path temp =
          dir.resolve(
              base + ProcessHandle.current().pid() + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
      try {
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        // Another writer took this name; try the next.
      }
    }
  }
}
