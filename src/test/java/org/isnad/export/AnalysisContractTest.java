package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis JSON written for the sample corpus satisfies the contract in docs/. */
class AnalysisContractTest {
  @Test
  void sampleCorpusOutputIsValidAgainstTheSchema() throws IOException {
    Analysis analysis = SeedAnalysis.get();
    JsonNode json = toJson(analysis);
    Set<ValidationMessage> errors = schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(5, json.get("documents").size());
    assertTrue(json.get("articles").size() >= 6, "page 001 holds two articles");
  }

  @Test
  void skippedPathsAreValidAgainstTheSchema(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("page.txt"), "قال المتحدث إن الاجتماع انتهى مساء اليوم.");
    Files.writeString(dir.resolve(".hidden.txt"), "مخفي");
    Analysis analysis = Isnad.with(1, SeedAnalysis.FIXED).analyze(List.of(dir.toString()),
        ProgressListener.NONE);
    JsonNode json = toJson(analysis);
    Set<ValidationMessage> errors = schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(1, json.get("skipped").size());
    assertEquals("hidden", json.get("skipped").get(0).get("code").asText());
  }

  @Test
  void annotationsGiveTheirSpanByOffsetsWithoutRepeatingTheText() throws IOException {
    Analysis analysis = SeedAnalysis.get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    assertFalse(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\n  "),
        "compact, not indented");
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    json.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
    List<String> mentions = analysis.mentions().stream().map(m -> m.text()).toList();
    List<String> quotes = analysis.quotes().stream().map(q -> q.content()).toList();
    List<String> timexes = analysis.timexes().stream().map(t -> t.text()).toList();
    assertSpans(json.get("mentions"), "text", mentions, texts);
    assertSpans(json.get("quotes"), "content", quotes, texts);
    assertSpans(json.get("timexes"), "text", timexes, texts);
    List<String> sentences = analysis.timeline().events().stream()
        .flatMap(e -> e.reports().stream()).map(r -> r.sentence()).toList();
    List<JsonNode> reports = new java.util.ArrayList<>();
    json.get("events").forEach(e -> e.get("reports").forEach(reports::add));
    assertSpans(new ObjectMapper().valueToTree(reports), "sentence", sentences, texts);
  }

  /** Each item has no {@code field}; its offsets cut {@code expected}'s text from its article. */
  private static void assertSpans(JsonNode items, String field, List<String> expected,
      java.util.Map<String, String> texts) {
    assertEquals(expected.size(), items.size(), field);
    assertTrue(items.size() > 0, "the sample corpus has " + field + "s to check");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      assertFalse(item.has(field), item.toString());
      String text = texts.get(item.get("article").asText());
      int start = text.offsetByCodePoints(0, item.get("start").asInt());
      int end = text.offsetByCodePoints(0, item.get("end").asInt());
      assertEquals(expected.get(i), text.substring(start, end), item.toString());
    }
  }

  @Test
  void theSchemaRejectsABrokenDocument() throws IOException {
    JsonNode broken = new ObjectMapper().readTree("{\"isnad\":\"1\",\"documents\":[{}]}");
    assertTrue(!schema().validate(broken).isEmpty(), "the validator must be able to fail");
  }

  private static JsonNode toJson(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  /**
   * The contract as written, except its {@code $id}: "isnad/analysis/1" is a relative IRI, which
   * the validator refuses as a schema identifier; the id plays no part in validation.
   */
  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("docs/analysis.schema.json"))) {
      ObjectNode contract = (ObjectNode) new ObjectMapper().readTree(in);
      contract.remove("$id");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(contract);
    }
  }
}
