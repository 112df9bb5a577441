package org.saywho.cli.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files strictly: UTF-8 unless a byte-order mark says UTF-16, or the user names another
 * charset ({@code --encoding}); a file that does not decode gets an error naming the byte offset and
 * suggesting {@code --encoding}.
 */
public final class Utf8Files {

  private Utf8Files() {}

  /**
   * Reads a whole file as UTF-8, dropping a byte-order mark.
   *
   * @param file the file
   * @return its text
   * @throws IOException when it cannot be read, or {@link NotUtf8Exception} when it is not UTF-8
   */
  public static String read(Path file) throws IOException {
    return read(file, Optional.empty());
  }

  /**
   * Reads a whole file: in {@code charset} when given, else as UTF-16 when it starts with a UTF-16
   * byte-order mark, else as UTF-8; a byte-order mark is dropped.
   *
   * @param file the file
   * @param charset the charset the user named, if any
   * @return its text
   * @throws IOException when it cannot be read, or {@link NotUtf8Exception} when it does not decode
   */
  public static String read(Path file, Optional<Charset> charset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (charset.isPresent()) {
      return strip(strictly(bytes, charset.get(), file.toString(), 0));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strip(strictly(bytes, StandardCharsets.UTF_16LE, file.toString(), 0));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strip(strictly(bytes, StandardCharsets.UTF_16BE, file.toString(), 0));
    }
    try {
      return decode(bytes, file.toString());
    } catch (NotUtf8Exception e) {
      throw new NotUtf8Exception(e.getMessage() + " (if it is in another charset, name it: --encoding windows-1252)");
    }
  }

  private static String strip(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Decodes UTF-8 bytes strictly.
   *
   * @param bytes the bytes
   * @param name what the error calls the input
   * @return the text, without a byte-order mark
   * @throws NotUtf8Exception at the first byte that is not UTF-8
   */
  public static String decode(byte[] bytes, String name) throws NotUtf8Exception {
    return decode(bytes, name, 0);
  }

  /**
   * Decodes {@code bytes}, which start at byte {@code offset} of the input called {@code name}; the
   * error names the offset of the bad byte in that input.
   *
   * @param bytes the bytes
   * @param name what the error calls the input
   * @param offset where the bytes start in the input
   * @return the text, without a byte-order mark
   * @throws NotUtf8Exception at the first byte that is not UTF-8
   */
  public static String decode(byte[] bytes, String name, long offset) throws NotUtf8Exception {
    return strip(strictly(bytes, StandardCharsets.UTF_8, name, offset));
  }

  private static String strictly(byte[] bytes, Charset charset, String name, long offset) throws NotUtf8Exception {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8Exception(name, offset + in.position(), charset);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** A file or line that is not valid UTF-8. */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8Exception(String name, long offset, Charset charset) {
      this(name + " is not " + charset.name() + " text: invalid byte at offset " + offset);
    }

    NotUtf8Exception(String message) {
      this.message = message;
    }

    /** Names the input and the offset of the bad byte. */
    @Override
    public String getMessage() {
      return message;
    }
  }
}
