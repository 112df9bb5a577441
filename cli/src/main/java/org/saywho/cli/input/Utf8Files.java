package org.saywho.cli.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads UTF-8 text files strictly: a file that is not UTF-8 gets an error naming the byte offset. */
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
    byte[] bytes = Files.readAllBytes(file);
    return decode(bytes, file.toString());
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
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new NotUtf8Exception(name, offset + in.position());
    }
    decoder.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** A file or line that is not valid UTF-8. */
  public static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8Exception(String name, long offset) {
      this.message = name + " is not UTF-8 text: invalid byte at offset " + offset;
    }

    /** Names the input and the offset of the bad byte. */
    @Override
    public String getMessage() {
      return message;
    }
  }
}
