package org.saywho.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8FilesTest {

  @Test
  void decode_validUtf8_dropsAByteOrderMark() throws Exception {
    assertThat(Utf8Files.decode("\uFEFF“Hi”".getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo("“Hi”");
  }

  @Test
  void decode_latin1_namesTheFileAndByteOffset() {
    byte[] bytes = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Utf8Files.decode(bytes, "article.txt"))
        .hasMessageStartingWith("article.txt is not UTF-8 text: invalid byte at offset 3");
  }
}
