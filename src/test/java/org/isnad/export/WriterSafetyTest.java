package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every writer gives complete, valid output for any Java string in the model: lone surrogates,
 * control characters, U+FFFF, markup. Text writers are driven through a strict UTF-8 encoder, as
 * a file writer is, so an invalid character would throw instead of being hidden.
 */
class WriterSafetyTest {
  private final Analysis analysis = HostileAnalysis.build();

  @Test
  void graphmlParsesWithTheJdkXmlParser() throws Exception {
    byte[] bytes = strictly(out -> new GraphmlExport().write(analysis, out));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    NodeList nodes = xml.getElementsByTagName("node");
    assertTrue(nodes.getLength() > 10, "nodes: " + nodes.getLength());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      assertTrue(ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id")),
          "node ids are unique");
    }
    NodeList edges = xml.getElementsByTagName("edge");
    assertTrue(edges.getLength() > 10, "edges: " + edges.getLength());
    for (int i = 0; i < edges.getLength(); i++) {
      org.w3c.dom.Element edge = (org.w3c.dom.Element) edges.item(i);
      assertTrue(ids.contains(edge.getAttribute("source")), edge.getAttribute("source"));
      assertTrue(ids.contains(edge.getAttribute("target")), edge.getAttribute("target"));
    }
  }

  @Test
  void htmlIsCompleteEscapedAndOfValidCharacters() throws IOException {
    String html = new String(strictly(out -> new HtmlReport().write(analysis, out)),
        StandardCharsets.UTF_8);
    assertTrue(html.endsWith("</body>\n</html>\n"), "the report is not cut short");
    assertFalse(html.contains("<script>alert"), "markup is escaped");
    assertTrue(html.contains("وكالة الأنباء"), "a control character is removed, the words kept");
    CsvExportTest.assertValidXmlChars(html);
  }

  @Test
  void csvIsWrittenWhole() throws IOException {
    String csv = new String(strictly(out -> new CsvExport().write(analysis, out)),
        StandardCharsets.UTF_8);
    assertEquals(1 + 2 * analysis.timeline().events().size(), CsvRows.parse(csv).size());
  }

  @Test
  void analysisJsonIsValidUtf8WithoutLoneSurrogateEscapes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    String json = strictUtf8(out.toByteArray());
    assertFalse(json.matches("(?s).*\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}.*"),
        "no \\uD800-\\uDFFF escape: strict readers refuse lone surrogates");
    JsonNode node = new ObjectMapper().readTree(json);
    JsonNode articles = node.get("articles");
    assertEquals(analysis.articles().size(), articles.size());
    assertEquals("\uFFFD", articles.get(0).get("title").asText(), "lone surrogate → U+FFFD");
    String control = HostileAnalysis.strings().get("control");
    assertTrue(node.toString().contains("\\u0002") && articles.findValuesAsText("title")
        .contains(control), "control characters are escaped, not lost");
  }

  /** A guard on the fix: replacing a lone surrogate must not shift offsets into the text. */
  @Test
  void articleTextKeepsItsLengthInCodePoints() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(analysis, out);
    JsonNode articles = new ObjectMapper().readTree(out.toByteArray()).get("articles");
    for (int i = 0; i < articles.size(); i++) {
      String text = analysis.articles().get(i).text();
      assertEquals(text.codePointCount(0, text.length()), articles.get(i).get("text").asText()
          .codePoints().count(), "offsets into the text stay valid");
    }
  }

  @Test
  void timelineJsIsValidUtf8Json() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TimelineJsExport().write(analysis, out);
    String json = strictUtf8(out.toByteArray());
    assertFalse(json.matches("(?s).*\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}.*"), "no lone surrogate");
    JsonNode node = new ObjectMapper().readTree(json);
    assertEquals(analysis.timeline().events().size(), node.get("events").size());
  }

  /** What a text writer wrote, through an encoder that throws on invalid characters. */
  private static byte[] strictly(TextWriter writer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    writer.write(out);
    out.flush();
    return bytes.toByteArray();
  }

  private static String strictUtf8(byte[] bytes) throws IOException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private interface TextWriter {
    void write(Writer out) throws IOException;
  }
}
