package org.isnad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one way this package opens JSON output: compact UTF-8 (no indentation: a quarter of a
 * pretty-printed analysis is white space; {@code jq . FILE} shows it indented), caller's stream
 * left open.
 * Every string value is written well-formed, whatever the model holds: a lone surrogate becomes
 * U+FFFD (Jackson would otherwise write it as a {@code \\uDFFF} escape, which strict readers
 * refuse); control characters are escaped by Jackson as JSON requires.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonOutput() {}

  static JsonGenerator open(OutputStream out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new WellFormedStrings(json);
  }

  /** Replaces lone surrogates in string values before they reach the generator. */
  private static final class WellFormedStrings extends JsonGeneratorDelegate {
    WellFormedStrings(JsonGenerator json) {
      super(json, false);
    }

    @Override
    public void writeString(String text) throws IOException {
      super.writeString(SafeText.wellFormed(text));
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      super.writeFieldName(SafeText.wellFormed(name));
    }
  }
}
