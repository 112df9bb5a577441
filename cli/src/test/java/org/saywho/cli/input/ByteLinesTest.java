package org.saywho.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<ByteLines.Line> lines(String s, int limit) throws IOException {
    ByteLines in = new ByteLines(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), limit);
    List<ByteLines.Line> out = new ArrayList<>();
    for (ByteLines.Line l = in.next(); l != null; l = in.next()) {
      out.add(l);
    }
    return out;
  }

  @Test
  void next_splitsAtNewlines_dropsCarriageReturns_andKeepsByteOffsets() throws IOException {
    List<ByteLines.Line> lines = lines("ab\r\n\ncafé\nlast", 100);
    assertThat(lines).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8)).containsExactly("ab", "", "café", "last");
    assertThat(lines).extracting(ByteLines.Line::offset).containsExactly(0L, 4L, 5L, 11L);
  }

  @Test
  void next_lineOverTheLimit_isCutAndFlagged_andTheNextLineIsIntact() throws IOException {
    List<ByteLines.Line> lines = lines("x".repeat(200_000) + "\nok\n", 1000);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).truncated()).isTrue();
    assertThat(lines.get(0).bytes()).hasSize(1000);
    assertThat(new String(lines.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(lines.get(1).offset()).isEqualTo(200_001L);
  }

  @Test
  void next_emptyStream_hasNoLines() throws IOException {
    assertThat(lines("", 10)).isEmpty();
  }
}
