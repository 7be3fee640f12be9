package org.isnad;

/**
 * A server started by {@link Serving#serve}: where it listens; {@link #close()} stops it.
 */
public interface RunningServer extends AutoCloseable {
  /** The address to open, {@code http://HOST:PORT/}. */
  String url();

  /** The port it listens on (the one picked when 0 was asked for). */
  int port();

  /** Stops listening; closing again does nothing. */
  @Override
  void close();
}
