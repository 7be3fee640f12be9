package org.isnad.cli;

/**
 * The one line a user sees for an exception: its message's first line, or its type when it has
 * no message (so no error ever prints "null"). Stateless.
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
    return message.lines().findFirst().orElse(message).strip();
  }

  /** A failure of the tool itself (out of memory, a bug): exit code {@link Exit#INTERNAL}. */
  static final class Internal extends RuntimeException {
    Internal(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
