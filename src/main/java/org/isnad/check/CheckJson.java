package org.isnad.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code isnad check}: {@code {"claims": [ … ], "version": 1}}, each claim a
 * {@link ClaimCheck}; keys sorted, pretty printed, UTF-8. Thread safe.
 */
public final class CheckJson {
  /** The version of this JSON's shape. */
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private CheckJson() {}

  /** The output of a run over {@code claims}. */
  public static byte[] of(List<ClaimCheck> claims) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("version", VERSION);
    all.put("claims", claims);
    return bytes(all);
  }

  /** Any value as this JSON (one claim for the API). */
  public static byte[] bytes(Object value) {
    try {
      return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
