package org.isnad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.export.ContractParts;
import org.isnad.model.Analysis;

/** An analysis contract as the text the tests compare: its JSON, {@code generatedAt} masked. */
final class ContractText {
  private ContractText() {}

  /** The contract's JSON. */
  static String json(ContractParts analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The JSON of {@code analysis}, held in memory. */
  static String json(Analysis analysis) throws IOException {
    return json(ContractParts.of(analysis));
  }

  /** {@code json} with its generation time masked (the only field two runs may differ in). */
  static String masked(String json) {
    return json.replaceAll("\"generatedAt\":\"[^\"]*\"", "\"generatedAt\":\"\"");
  }
}
