package org.isnad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than
 * {@code maxBytes} of one line: a longer line is consumed to its end and reported by its length
 * only, so one endless line costs a bounded amount of memory and the lines after it are still
 * read.
 *
 * <p>Not thread safe.
 */
final class BoundedLines {
  private static final int CHUNK = 1 << 16;
  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[CHUNK];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int end;

  /** One line: its bytes without the line end, or {@code null} when it is longer than allowed. */
  record Line(byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    line.reset();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == end && !fill()) {
        return any ? finish(length) : null;
      }
      any = true;
      int newline = indexOfNewline();
      int stop = newline < 0 ? end : newline;
      int take = stop - position;
      if (length + take <= maxBytes) {
        line.write(buffer, position, take);
      }
      length += take;
      position = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        return finish(length);
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    position = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Line finish(long length) {
    if (length > maxBytes) {
      return new Line(null, length);
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(bytes, length);
  }
}
