package org.saywho.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @Test
  void byteOrderMark_decidesFirst() {
    byte[] utf16 = "\uFEFF<p>Café</p>".getBytes(StandardCharsets.UTF_16LE);
    assertThat(Charsets.of(utf16, "text/html; charset=iso-8859-1")).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void httpHeader_thenMarkup_declareTheCharset_latin1ReadAsWindows1252() {
    byte[] page = "<meta charset=\"iso-8859-1\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.of(page, "")).isEqualTo(CP1252);
    assertThat(Charsets.of(page, "text/html; charset=UTF-8")).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void undeclared_isUtf8WhenValid_elseWindows1252() {
    assertThat(Charsets.of("<p>Café “quoted”</p>".getBytes(StandardCharsets.UTF_8), "")).isEqualTo(StandardCharsets.UTF_8);
    assertThat(Charsets.of("<p>Caf\u00e9 \u201cquoted\u201d</p>".getBytes(CP1252), "")).isEqualTo(CP1252);
  }

  @Test
  void unknownDeclaredCharset_isIgnored() {
    assertThat(Charsets.of("<meta charset=\"x-no-such\"><p>ok</p>".getBytes(StandardCharsets.UTF_8), ""))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void utf16WithoutByteOrderMark_isSniffedFromItsZeroBytes() {
    String page = "<html><meta charset=\"utf-16\"><p>Café “quoted”</p></html>";
    assertThat(Charsets.of(page.getBytes(StandardCharsets.UTF_16LE), "text/html; charset=utf-16"))
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(Charsets.of(page.getBytes(StandardCharsets.UTF_16BE), "")).isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(Charsets.of(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-16")).isEqualTo(StandardCharsets.UTF_8);
  }
}
