package org.saywho.cli.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a trailing {@code \r}) and remembers where
 * each line starts, so that a decoding error can name its byte offset in the file. A line longer than
 * the limit is read to its end but kept only up to the limit, and flagged.
 */
public final class ByteLines {

  /** One line: its bytes (at most the limit), its offset in the stream, and whether it was cut. */
  public static final class Line {
    private final byte[] bytes;
    private final long offset;
    private final boolean truncated;

    Line(byte[] bytes, long offset, boolean truncated) {
      this.bytes = bytes;
      this.offset = offset;
      this.truncated = truncated;
    }

    /** The line's bytes, without the line break: a copy. */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** Where the line starts in the stream, in bytes. */
    public long offset() {
      return offset;
    }

    /** Whether the line was longer than the limit and cut to it. */
    public boolean truncated() {
      return truncated;
    }
  }

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;
  private long consumed;

  /**
   * Reads lines of {@code in}, keeping at most {@code limit} bytes of each.
   *
   * @param in the stream, read to its end
   * @param limit the most bytes of a line kept
   */
  public ByteLines(InputStream in, int limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * Reads the next line.
   *
   * @return the line, or {@code null} at the end of the stream
   * @throws IOException when the stream fails
   */
  public Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long start = consumed;
    boolean truncated = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int nl = indexOf((byte) '\n');
      int stop = nl < 0 ? end : nl;
      int room = limit - line.size();
      int take = Math.min(stop - pos, Math.max(room, 0));
      line.write(buffer, pos, take);
      truncated |= take < stop - pos;
      consumed += stop - pos + (nl < 0 ? 0 : 1);
      pos = nl < 0 ? end : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    byte[] bytes = line.toByteArray();
    if (!truncated && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(bytes, start, truncated);
  }

  private int indexOf(byte b) {
    for (int i = pos; i < end; i++) {
      if (buffer[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
