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
 *
 * <p>The bytes are written by {@link JsonBytesWriter} (the mapper's bytes, without the mapper's
 * reflection and dispatch, straight into the digest), or by the mapper for a value the writer
 * does not cover: digesting every row of a large case on each add was most of the store phase.
 */
final class Digest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ThreadLocal<JsonBytesWriter> WRITER =
      ThreadLocal.withInitial(JsonBytesWriter::new);

  private Digest() {}

  /** The digest of {@code value}'s JSON. */
  static String of(Object value) {
    MessageDigest digest = sha256();
    try {
      WRITER.get().digest(value, digest);
      return HexFormat.of().formatHex(digest.digest());
    } catch (JsonBytesWriter.Unsupported e) {
      return json(value).digest();
    }
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
      byte[] bytes = written(value);
      return new Json(bytes, null, ofBytes(bytes));
    } catch (JsonProcessingException e) {
      String written = ModelJson.write(value);
      return new Json(null, written, ofText(written));
    }
  }

  /** {@code value}'s JSON bytes, by hand when the writer covers it. */
  private static byte[] written(Object value) throws JsonProcessingException {
    try {
      return WRITER.get().write(value);
    } catch (JsonBytesWriter.Unsupported e) {
      return MAPPER.writeValueAsBytes(value);
    }
  }

  /** The digest of a JSON text already written. */
  static String ofText(String json) {
    return ofBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String ofBytes(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
