package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written here arrive as characters in a {@link Writer}, decoded as they come (a
 * character split between two writes is kept until its last byte), so an exporter that writes
 * bytes can stream into a command's writer without holding the whole output. Malformed bytes
 * become U+FFFD. {@link #close} writes what is pending and flushes, but leaves the writer open.
 * Not thread safe.
 */
final class WriterOutputStream extends OutputStream {
  private static final int BUFFER = 8192;
  private final Writer out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private boolean closed;

  WriterOutputStream(Writer out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    while (len > 0) {
      int n = Math.min(len, bytes.remaining());
      bytes.put(b, off, n);
      off += n;
      len -= n;
      decode(false);
    }
  }

  /** Passes every complete character on and flushes the writer. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    decode(true);
    while (decoder.flush(chars).isOverflow()) {
      drain();
    }
    drain();
    out.flush();
    closed = true;
  }

  private void decode(boolean end) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, end);
      drain();
    } while (result.isOverflow());
    bytes.compact();
  }

  private void drain() throws IOException {
    chars.flip();
    out.write(chars.array(), 0, chars.limit());
    chars.clear();
  }
}
