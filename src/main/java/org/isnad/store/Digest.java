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
 * never held as a Java string: for a large document that spares a copy and an encoding. A value
 * whose text Jackson cannot write as UTF-8 (a lone surrogate) is digested through its JSON
 * string, as {@link String#getBytes} encodes it. Thread safe.
 */
final class Digest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Digest() {}

  /** The digest of {@code value}'s JSON. */
  static String of(Object value) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      bytes = ModelJson.write(value).getBytes(StandardCharsets.UTF_8);
    }
    return ofBytes(bytes);
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
