package org.isnad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.ChainLink;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;

/**
 * GraphML for Gephi: nodes are the people, organisations and outlets of the run and every name
 * that appears in an attribution chain; a directed edge {@code a → b} says a cites b (one link of
 * a chain to the next: publisher → relay → speaker → source), weighted by how often.
 *
 * <p>The file is valid XML 1.0 for any names the model holds: markup is escaped, characters XML
 * does not allow are removed or replaced ({@link SafeText#xml}), and node ids stay unique.
 * Stateless.
 */
public final class GraphmlExport {
  /** Writes the who-cites-whom graph of {@code analysis}; does not close {@code out}. */
  public void write(Analysis analysis, Writer out) throws IOException {
    Map<String, String[]> nodes = new LinkedHashMap<>();
    for (Entity e : analysis.entities()) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORG
          || e.type() == EntityType.OUTLET) {
        nodes.put(SafeText.xml(e.id()), new String[] {e.name(), e.type().name().toLowerCase(java.util.Locale.ROOT)});
      }
    }
    Map<List<String>, Integer> edges = new LinkedHashMap<>();
    for (Quote q : analysis.quotes()) {
      List<ChainLink> chain = q.chain();
      for (int i = 0; i + 1 < chain.size(); i++) {
        String from = node(chain.get(i), nodes);
        String to = node(chain.get(i + 1), nodes);
        if (!from.equals(to)) {
          edges.merge(List.of(from, to), 1, Integer::sum);
        }
      }
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    out.write("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
    out.write("<key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n");
    out.write("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
    out.write("<graph id=\"isnad\" edgedefault=\"directed\">\n");
    for (Map.Entry<String, String[]> n : nodes.entrySet()) {
      out.write("<node id=\"" + attribute(n.getKey()) + "\"><data key=\"label\">"
          + HtmlReport.escape(n.getValue()[0]) + "</data><data key=\"kind\">"
          + HtmlReport.escape(n.getValue()[1]) + "</data></node>\n");
    }
    int i = 0;
    for (Map.Entry<List<String>, Integer> e : edges.entrySet()) {
      out.write("<edge id=\"c" + (++i) + "\" source=\"" + attribute(e.getKey().get(0))
          + "\" target=\"" + attribute(e.getKey().get(1)) + "\"><data key=\"weight\">"
          + e.getValue() + "</data></edge>\n");
    }
    out.write("</graph>\n</graphml>\n");
  }

  /**
   * An attribute value that a parser reads back unchanged: escaped, with tab and line breaks as
   * character references (a parser turns literal ones into spaces, which could merge two ids).
   */
  static String attribute(String value) {
    return HtmlReport.escape(value).replace("\t", "&#9;").replace("\n", "&#10;")
        .replace("\r", "&#13;");
  }

  /**
   * The node of a chain link: its entity, or a node named after the link's text. Ids are kept
   * in their XML-safe form, so two names that differ only by a removed character are one node.
   */
  private static String node(ChainLink link, Map<String, String[]> nodes) {
    String id = SafeText.xml(link.entity() != null ? link.entity() : "name:" + link.name());
    nodes.putIfAbsent(id, new String[] {link.name(), link.role().name().toLowerCase(java.util.Locale.ROOT)});
    return id;
  }
}
