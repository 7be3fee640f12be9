package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis JSON written for the sample corpus satisfies the contract in docs/. */
class AnalysisContractTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @Test
  void sampleCorpusOutputIsValidAgainstTheSchema() throws IOException {
    Analysis analysis = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"),
        ProgressListener.NONE);
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
    Analysis analysis = Isnad.with(1, FIXED).analyze(List.of(dir.toString()),
        ProgressListener.NONE);
    JsonNode json = toJson(analysis);
    Set<ValidationMessage> errors = schema().validate(json);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(1, json.get("skipped").size());
    assertEquals("hidden", json.get("skipped").get(0).get("code").asText());
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
