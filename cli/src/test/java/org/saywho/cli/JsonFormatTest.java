package org.saywho.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFormat format = new JsonFormat(mapper);

  private ObjectNode sample() {
    ObjectNode node = mapper.createObjectNode();
    node.put("text", "“Quoted,” she said.\n");
    node.putArray("claims").addObject().put("checkWorthiness", 0.25).put("hedged", false);
    return node;
  }

  @Test
  void write_compact_isExactlyTheNodesText_andLeavesTheWriterOpen() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    format.write(sample(), out, false);
    out.println();
    assertThat(out.checkError()).as("written to after the JSON").isFalse();
    assertThat(text.toString()).isEqualTo(sample().toString() + System.lineSeparator());
  }

  @Test
  void write_pretty_isExactlyThePrettyText() {
    StringWriter out = new StringWriter();
    format.write(sample(), out, true);
    assertThat(out.toString()).isEqualTo(sample().toPrettyString());
  }
}
