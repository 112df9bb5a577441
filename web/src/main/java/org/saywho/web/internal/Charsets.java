package org.saywho.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a page's bytes: its byte-order mark, else UTF-16 when its zero bytes show it, else
 * the charset its HTTP header declares, else
 * the one its markup declares ({@code <meta charset>}, {@code http-equiv}), else UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252 (what browsers read undeclared Latin-1 pages as).
 */
public final class Charsets {

  private static final Pattern DECLARED = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final int SNIFF = 4096;

  private Charsets() {}

  /**
   * Finds the charset of a page.
   *
   * @param page the page's bytes
   * @param contentType its HTTP Content-Type header, or ""
   * @return the charset to decode it with
   */
  public static Charset of(byte[] page, String contentType) {
    if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(page, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(page, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    Optional<Charset> utf16 = utf16ByZeroBytes(page);
    if (utf16.isPresent()) {
      return utf16.get();
    }
    Optional<Charset> declared = declared(contentType)
        .or(() -> declared(new String(page, 0, Math.min(page.length, SNIFF), StandardCharsets.ISO_8859_1)));
    if (declared.isPresent()) {
      return declared.get().name().equals("ISO-8859-1") || declared.get().name().equals("US-ASCII")
          ? Charset.forName("windows-1252") : declared.get();
    }
    return validUtf8(page) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
  }

  private static Optional<Charset> declared(String s) {
    Matcher m = DECLARED.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      Charset c = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
      // Real UTF-16 was caught by its byte-order mark or its zero bytes; ASCII bytes declaring UTF-16 are not.
      return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? Optional.of(StandardCharsets.UTF_8) : Optional.of(c);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * UTF-16 without a byte-order mark: markup's ASCII characters then have a zero byte beside each,
   * after them in little-endian order, before them in big-endian.
   */
  private static Optional<Charset> utf16ByZeroBytes(byte[] page) {
    int n = Math.min(page.length, SNIFF) & ~1;
    if (n < 8) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += page[i] == 0 ? 1 : 0;
      oddZeros += page[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean validUtf8(byte[] page) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(page));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
