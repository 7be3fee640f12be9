package org.isnad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps an uploaded file in the store's folder {@code DIR/uploads/}, under its name prefixed
 * with the start of its bytes' SHA-256, so the documents' sources stay readable paths and two
 * uploads with one name never overwrite each other. Only the name's last part is kept, its
 * characters other than letters, digits, dot, dash and underscore replaced.
 */
final class Upload {
  private Upload() { }

  static Path keep(Path store, String name, byte[] body) {
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String base = last.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    try {
      Path folder = Files.createDirectories(store.resolve("uploads"));
      Path file = folder.resolve(sha256(body).substring(0, 12) + "-" + base);
      if (!Files.exists(file)) {
        Files.write(file, body);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload " + name + " in " + store, e);
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
