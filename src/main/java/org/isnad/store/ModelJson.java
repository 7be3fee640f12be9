package org.isnad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The model's records as JSON text and back, through their record components: a value read
 * back equals the one written (checked over the sample corpus in the tests). Thread safe.
 */
final class ModelJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private ModelJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the store holds a " + type.getSimpleName()
          + " it cannot read: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The record {@code json} (UTF-8 bytes) holds: read by {@link JsonBytesReader}, or by the
   * mapper when that reader does not take the input (the mapper's answer, or its refusal).
   */
  static <T extends Record> T read(byte[] json, Class<T> type) {
    try {
      return JsonBytesReader.read(json, type);
    } catch (JsonBytesReader.Unexpected e) {
      try {
        return MAPPER.readValue(json, type);
      } catch (java.io.IOException m) {
        throw new IllegalStateException("the store holds a " + type.getSimpleName()
            + " it cannot read: " + m.getMessage(), m);
      }
    }
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the store holds a value it cannot read: "
          + e.getOriginalMessage(), e);
    }
  }
}
