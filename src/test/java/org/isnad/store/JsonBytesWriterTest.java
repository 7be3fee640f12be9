package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * The hand-written writer gives the mapper's bytes, so a digest kept by an earlier version (the
 * mapper's) stays valid: over every value the store digests on the sample corpus and 200
 * SaudiNewsNet articles, every character below U+0100, surrogates, and random strings.
 */
class JsonBytesWriterTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static void same(Object value) throws Exception {
    byte[] expected = MAPPER.writeValueAsBytes(value);
    assertArrayEquals(expected, new JsonBytesWriter().write(value),
        () -> new String(expected, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(hexSha(expected), Digest.of(value));
  }

  private static String hexSha(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void everyValueOfTheCorporaIsWrittenAsTheMapperWritesIt() throws Exception {
    List<Object> values = ModelCorpus.values();
    assertTrue(values.size() > 100, "values: " + values.size());
    for (Object value : values) {
      same(value);
    }
  }

  @Test
  void controlsQuotesSurrogatesAndArabicAreEscapedAsTheMapperDoes() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\ud83d\ude00\ud800x\udfff\uffff\u0627\u0644\u0623\u0633\u062f");
    same(List.of(all.toString(), "", "\"", "\\"));
    same(new Speaker(all.toString(), -1, -1, null));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a\nb", List.of(1, 2L, true, false));
    map.put("z", null);
    same(map);
    same(Set.of(ChainRole.values()[0]));
    same(new ChainLink("x", null, ChainRole.values()[0]));
    same(Arrays.asList("x", null));
  }

  @Property(tries = 200, seed = "20261207")
  void anyStringIsWrittenAsTheMapperWritesIt(
      @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 0xFFFF) String text)
      throws Exception {
    same(new Speaker(text.isBlank() ? "x" + text : text, 0, 1, text));
  }

  @Test
  void whatItDoesNotCoverIsLeftToTheMapper() throws Exception {
    assertThrows(JsonBytesWriter.Unsupported.class,
        () -> new JsonBytesWriter().write(List.of(1.5)));
    assertThrows(JsonBytesWriter.Unsupported.class,
        () -> new JsonBytesWriter().write(Instant.EPOCH));
    assertEquals(hexSha(MAPPER.writeValueAsBytes(List.of(1.5, "x"))), Digest.of(List.of(1.5,
        "x")));
  }
}
