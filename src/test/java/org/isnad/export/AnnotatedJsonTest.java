package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;

/**
 * The JSON written from the annotated documents in place equals the JSON of the same analysis
 * given as the flat lists of the contract (documents, timexes, mentions, quotes), and the writer
 * calls back once per document and per article.
 */
class AnnotatedJsonTest {
  @Test
  void theJsonOfAnnotatedDocumentsEqualsTheJsonOfTheFlatLists() throws IOException {
    Analysis analysis = SeedAnalysis.get();
    Analysis flat = new Analysis(analysis.generatedAt(), analysis.documents(),
        analysis.timexes(), analysis.entities(), analysis.mentions(), analysis.quotes(),
        analysis.timeline(), analysis.skipped());
    long[] calls = {0};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out, () -> calls[0]++);
    String json = out.toString(StandardCharsets.UTF_8);
    assertEquals(json(flat), json);
    assertTrue(analysis.mentions().size() > 0 && analysis.quotes().size() > 0);
    assertEquals(analysis.documents().size() + analysis.articles().size(), calls[0]);
    assertEquals(AnalysisJsonWriter.units(analysis), calls[0]);
  }

  private static String json(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
