package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The who-cites-whom graph of a small analysis, read back with the JDK's DOM parser. */
class GraphmlExportTest {
  private static Document graph() throws Exception {
    StringWriter out = new StringWriter();
    new GraphmlExport().write(SmallAnalysis.build(), out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString()
        .getBytes(StandardCharsets.UTF_8)));
  }

  /** Each element of the tag as "attributes|data values", in document order. */
  private static List<String> rows(Document graph, String tag, String... attributes) {
    NodeList list = graph.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", tag);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      List<String> cells = new ArrayList<>();
      for (String a : attributes) {
        cells.add(e.getAttribute(a));
      }
      NodeList data = e.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
      for (int j = 0; j < data.getLength(); j++) {
        Element d = (Element) data.item(j);
        cells.add(d.getAttribute("key") + "=" + d.getTextContent());
      }
      rows.add(String.join("|", cells));
    }
    return rows;
  }

  @Test
  void nodesArePeopleOrganisationsOutletsAndTheOtherNamesOfChains() throws Exception {
    assertEquals(List.of(
        "e1|label=دميتري بيسكوف|kind=person",
        "e2|label=رويترز|kind=outlet",
        "e4|label=الكرملين|kind=org",
        "name:طيف بوست|label=طيف بوست|kind=publisher",
        "name:مصادر|label=مصادر|kind=source"), rows(graph(), "node", "id"),
        "the place e3 is no node; a link without entity is a node of its name");
  }

  @Test
  void edgesGoFromEachLinkOfAChainToTheNextWeightedByHowOften() throws Exception {
    assertEquals(List.of(
        "c1|e2|e1|weight=2",
        "c2|name:طيف بوست|e2|weight=1",
        "c3|e2|name:مصادر|weight=1"), rows(graph(), "edge", "id", "source", "target"),
        "two identical chains make one edge of weight 2; an outlet citing itself makes none");
  }

  @Test
  void theGraphIsDirectedAndDeclaresItsKeys() throws Exception {
    Document graph = graph();
    assertEquals("directed", ((Element) graph.getElementsByTagNameNS(
        "http://graphml.graphdrawing.org/xmlns", "graph").item(0)).getAttribute("edgedefault"));
    assertEquals(List.of("label|node|string", "kind|node|string", "weight|edge|int"),
        rows(graph, "key", "id", "for", "attr.type"));
  }
}
