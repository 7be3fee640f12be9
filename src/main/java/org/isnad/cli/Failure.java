package org.isnad.cli;

/**
 * The one line a user sees for an exception: its message's first line, or its type when it has
 * no message (so no error ever prints "null"); and any text made safe for a terminal
 * ({@link #printable}). Stateless.
 */
final class Failure {
  private Failure() {}

  static String describe(Throwable e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fs) {
      message = fs.getReason() == null ? e.getClass().getSimpleName() + ": " + fs.getFile()
          : fs.getReason() + ": " + fs.getFile();
    }
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return printable(message.lines().findFirst().orElse(message).strip());
  }

  /**
   * {@code text} as one harmless terminal line: control characters (escape sequences, line
   * breaks, C1 controls) and lone surrogates are shown as {@code \\uXXXX}, so a file name or a
   * page's bytes quoted in a message cannot move the cursor, clear the screen or forge a line.
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A failure of the tool itself (out of memory, a bug): exit code {@link Exit#INTERNAL}. */
  static final class Internal extends RuntimeException {
    Internal(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
