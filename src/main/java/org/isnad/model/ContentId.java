package org.isnad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids derived from content: a prefix and the first {@value #HEX} hex digits of the SHA-256 of
 * the parts that define the thing, joined by a NUL. The same parts give the same id in every run,
 * input order and batch; the form is short and URL safe ({@code e3f1a09c2b7d4}).
 */
public final class ContentId {
  /** Hex digits kept (48 bits: a collision is unlikely below millions of ids of one kind). */
  public static final int HEX = 12;

  private ContentId() {}

  /** {@code prefix} followed by the hash of {@code parts}. */
  public static String of(String prefix, String... parts) {
    MessageDigest digest = sha256();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        digest.update((byte) 0);
      }
      digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
    }
    return prefix + HexFormat.of().formatHex(digest.digest()).substring(0, HEX);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
