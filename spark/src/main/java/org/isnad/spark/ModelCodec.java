package org.isnad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The engine's model records as JSON bytes between Spark's stages: the records are neither
 * Java-serializable nor Kryo-friendly (final fields, validating constructors), and Jackson binds
 * records through their canonical constructors, so a record read back equals the one written
 * (as the embedded store keeps them).
 *
 * <p>Thread safe.
 */
final class ModelCodec {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private ModelCodec() {}

  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a " + type.getSimpleName(), e);
    }
  }
}
