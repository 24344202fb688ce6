package io.github.thaw.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte limit beneath every file reader, on its own. */
class LimitedInputStreamTest {
  private static LimitedInputStream over(String text, long limit) {
    return new LimitedInputStream(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limit);
  }

  @Test
  void readsOneByteAtATimeUpToTheEnd() throws IOException {
    LimitedInputStream in = over("ab\u00e9", 10);
    assertThat(in.read()).isEqualTo('a');
    assertThat(in.read()).isEqualTo('b');
    assertThat(in.read()).isEqualTo(0xc3); // unsigned, not -61
    assertThat(in.read()).isEqualTo(0xa9);
    assertThat(in.read()).isEqualTo(-1);
  }

  @Test
  void anInputOfExactlyTheLimitIsFine() throws IOException {
    LimitedInputStream in = over("abcd", 4);
    assertThat(in.readAllBytes()).hasSize(4);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.sourceFailure()).isNull();
  }

  @Test
  void oneBytePastTheLimitFailsAndSaysWhere() throws IOException {
    LimitedInputStream in = over("ab\ncde", 5);
    byte[] buffer = new byte[16];
    assertThat(in.read(buffer, 0, 16)).isEqualTo(5);
    assertThat(in.read(buffer, 0, 0)).isZero();
    assertThatThrownBy(() -> in.read(buffer, 0, 16))
        .isInstanceOfSatisfying(
            LimitedInputStream.TooLarge.class,
            e -> {
              assertThat(e).hasMessage("input is larger than the limit of 5 bytes");
              // "ab\n" then "cd": the sixth byte is line 2, column 3
              assertThat(Positions.line(e.position)).isEqualTo(2);
              assertThat(Positions.column(e.position)).isEqualTo(3);
            });
    assertThat(in.sourceFailure()).isNull();
  }

  @Test
  void neitherSkipsNorMarks() {
    LimitedInputStream in = over("abc", 10);
    assertThat(in.markSupported()).isFalse();
    assertThatThrownBy(() -> in.skip(1)).hasMessage("skip is not supported");
  }

  @Test
  void remembersAFailureOfTheStreamBeneath() {
    IOException disk = new IOException("disk error");
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw disk;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw disk;
          }
        };
    LimitedInputStream in = new LimitedInputStream(failing, 10);
    assertThatThrownBy(in::read).isSameAs(disk);
    assertThat(in.sourceFailure()).isSameAs(disk);
  }
}
