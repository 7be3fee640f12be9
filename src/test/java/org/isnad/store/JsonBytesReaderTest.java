package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Speaker;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader gives what the mapper gives, which equals what was written: every
 * document (as annotated and as linked), kept event pass, entity, event and story of the sample
 * corpus and 200 SaudiNewsNet articles; random strings; and input it does not take goes to the
 * mapper.
 */
class JsonBytesReaderTest {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static <T extends Record> void same(T value, Class<T> type) throws Exception {
    byte[] json = MAPPER.writeValueAsBytes(value);
    T read = JsonBytesReader.read(json, type);
    assertEquals(MAPPER.readValue(json, type), read);
    assertEquals(value, read);
    assertEquals(value, ModelJson.read(json, type));
  }

  @Test
  void everyRecordTheStoreReadsBackReadsAsTheMapperReadsIt() throws Exception {
    int documents = 0;
    for (Analysis a : ModelCorpus.analyses()) {
      for (AnnotatedDocument d : a.annotated()) {
        same(d, AnnotatedDocument.class);
        same(d.withArticles(d.articles().stream().map(x -> AnnotatedArticle.of(x.article()))
            .toList()), AnnotatedDocument.class);
        for (AnnotatedArticle x : d.articles()) {
          same(new Store.KeptEvents("k", x.events(), x.problems()), Store.KeptEvents.class);
        }
        documents++;
      }
      for (Entity e : a.entities()) {
        same(e, Entity.class);
      }
      for (Event e : a.timeline().events()) {
        same(e, Event.class);
      }
      for (Story s : a.timeline().stories()) {
        same(s, Story.class);
      }
    }
    // the five sample pages; with the shared data, 200 SaudiNewsNet articles more
    assertTrue(documents >= (ModelCorpus.withSaudiNewsNet() ? 200 : 5), "documents: " + documents);
  }

  @Property(tries = 200, seed = "20261207")
  void anyStringReadsBack(
      @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 0xFFFF) String text)
      throws Exception {
    Speaker speaker = new Speaker(text.isBlank() ? "x" + text : text, 0, 1, text);
    byte[] json = MAPPER.writeValueAsBytes(speaker);
    assertEquals(MAPPER.readValue(json, Speaker.class), JsonBytesReader.read(json,
        Speaker.class));
  }

  @Test
  void spacesAndFieldsInAnyOrderAreRead() {
    byte[] json = " { \"entity\" : null , \"end\" : 3, \"text\" : \"a\\u0041\\n\", \"start\":1 } "
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(new Speaker("aA\n", 1, 3, null), JsonBytesReader.read(json, Speaker.class));
  }

  @Test
  void whatItDoesNotTakeGoesToTheMapper() {
    for (String odd : List.of("{\"text\":\"a\",\"start\":1.5,\"end\":3,\"entity\":null}",
        "{\"text\":\"a\",\"start\":\"1\",\"end\":3,\"entity\":null}",
        "{\"text\":\"a\",\"start\":1,\"end\":3,\"entity\":null,\"other\":1}",
        "{\"text\":\" \",\"start\":1,\"end\":3,\"entity\":null}",
        "{\"text\":\"a\",\"start\":1,\"end\":3", "null", "[]")) {
      byte[] json = odd.getBytes(StandardCharsets.UTF_8);
      assertThrows(JsonBytesReader.Unexpected.class,
          () -> JsonBytesReader.read(json, Speaker.class), odd);
    }
    byte[] coerced = "{\"text\":\"a\",\"start\":\"1\",\"end\":3,\"entity\":null}"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(new Speaker("a", 1, 3, null), ModelJson.read(coerced, Speaker.class));
    byte[] unknown = "{\"text\":\"a\",\"other\":1}".getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalStateException.class, () -> ModelJson.read(unknown, Speaker.class));
  }
}
