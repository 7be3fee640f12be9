package org.isnad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hex SHA-256 of a value's JSON ({@link ModelJson}) as UTF-8 bytes: what the derived tables
 * compare to write a row only when its content changed. The JSON is written straight to bytes,
 * never held as a Java string: for a large document that spares a copy and an encoding. The
 * byte writer escapes a surrogate (paired or lone) as backslash, u and four hex digits: such
 * bytes differ from those of {@link ModelJson#write}'s text but read back as the same value,
 * and two values never share their JSON, so equal digests mean equal values. Should the byte
 * writer fail, the value is digested through its JSON string. Thread safe.
 */
final class Digest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Digest() {}

  /** The digest of {@code value}'s JSON. */
  static String of(Object value) {
    return json(value).digest();
  }

  /** A value's JSON and its digest, for a value that is written when it changed. */
  record Json(byte[] bytes, String written, String digest) {
    /** The JSON text, as {@link ModelJson#write} gives it. */
    String text() {
      return written != null ? written : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** {@code value}'s JSON, written once, with its digest. */
  static Json json(Object value) {
    try {
      byte[] bytes = MAPPER.writeValueAsBytes(value);
      return new Json(bytes, null, ofBytes(bytes));
    } catch (JsonProcessingException e) {
      String written = ModelJson.write(value);
      return new Json(null, written, ofText(written));
    }
  }

  /** The digest of a JSON text already written. */
  static String ofText(String json) {
    return ofBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String ofBytes(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
