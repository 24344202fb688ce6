package io.github.thaw.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private String listing() throws IOException {
    try (var files = Files.list(dir)) {
      return String.join(",", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    // GIVEN an existing file
    Path file = dir.resolve("keep.html");
    Files.writeString(file, "old");
    // WHEN a write fails after half its bytes, as on a full disk or at a file-size limit
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write(new byte[64 * 1024]);
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    // THEN the old file is whole and nothing else is left behind
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing()).isEqualTo("keep.html");
  }

  @Test
  void aWriteReplacesTheFileWhole() throws IOException {
    Path file = dir.resolve("out.svg");
    Files.writeString(file, "a much longer old content than the new one");
    AtomicFiles.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(listing()).isEqualTo("out.svg");
  }

  @Test
  void aSymbolicLinkIsReplacedNotFollowed() throws IOException {
    Path target = dir.resolve("target.txt");
    Files.writeString(target, "keep");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
    AtomicFiles.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(link)).isEqualTo("new");
    assertThat(Files.readString(target)).isEqualTo("keep");
  }

  @Test
  void aDirectoryIsNotReplaced() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThatThrownBy(() -> AtomicFiles.write(sub, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith("sub: is a directory");
    assertThat(Files.isDirectory(sub)).isTrue();
  }

  @Test
  void modelFilesWriteUsesTheSameWriterAndPolicy() throws IOException {
    Path target = dir.resolve("target.yaml");
    Files.writeString(target, "keep");
    Path link = Files.createSymbolicLink(dir.resolve("model.yaml"), target);
    ModelFiles.write(TestModels.reference(), link);
    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(target)).isEqualTo("keep");
  }

  @Test
  void manyWritesLeaveNoFileOpen() throws IOException {
    // GIVEN a system that lists this process's open files (Linux)
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds));
    long before = openFiles(fds);
    // WHEN a file is written many times
    Path file = dir.resolve("out.txt");
    for (int i = 0; i < 200; i++) {
      AtomicFiles.write(file, "version " + i + "\n");
    }
    // THEN the last version is there and no write left a file open behind it (a long-running
    // program that saves often must not run out of descriptors)
    assertThat(Files.readString(file)).isEqualTo("version 199\n");
    assertThat(openFiles(fds) - before).isLessThan(50);
  }

  private static long openFiles(Path fds) throws IOException {
    try (Stream<Path> s = Files.list(fds)) {
      return s.count();
    }
  }
}
