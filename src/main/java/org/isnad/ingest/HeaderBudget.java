package org.isnad.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/**
 * A channel that passes bytes through and, while a budget is set, fails once more bytes than the
 * budget have passed. Set around header parsing, it bounds the memory a parser that keeps a whole
 * header line can take: an endless header fails with {@link TooLong} instead of exhausting the
 * heap. Bodies are read with no budget. A failure to read the wrapped channel is a
 * {@link Damaged}, so a reader can tell a damaged archive from one bad record.
 *
 * <p>Not thread safe.
 */
final class HeaderBudget implements ReadableByteChannel {
  /** More bytes passed while parsing a header than the budget allowed. */
  static final class TooLong extends IOException {
    TooLong(long budget) {
      super("a header is longer than " + budget + " bytes");
    }
  }

  /** The archive itself could not be read (truncated or corrupt compression). */
  static final class Damaged extends IOException {
    Damaged(IOException cause) {
      super(cause.toString(), cause);
    }
  }

  private final ReadableByteChannel in;
  private long budget;
  private long left = -1;

  HeaderBudget(ReadableByteChannel in) {
    this.in = in;
  }

  /** From now on, fail once more than {@code bytes} bytes have passed. */
  void limit(long bytes) {
    budget = bytes;
    left = bytes;
  }

  /** From now on, pass any number of bytes. */
  void unlimited() {
    left = -1;
  }

  /**
   * Reads as the wrapped channel does; with a budget set and spent, fails before reading, so no
   * byte is ever lost between the channel and its reader (the archive can be read on after a
   * record whose header was too long).
   */
  @Override
  public int read(ByteBuffer target) throws IOException {
    if (left == 0) {
      throw new TooLong(budget);
    }
    int n;
    try {
      n = in.read(target);
    } catch (IOException e) {
      throw new Damaged(e);
    }
    if (left > 0 && n > 0) {
      left = Math.max(0, left - n);
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
