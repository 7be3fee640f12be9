package org.isnad.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata: Open Graph and article tags, {@code <meta>} names, JSON-LD
 * ({@code NewsArticle} objects, arrays and {@code @graph}s), {@code <time>}, canonical link and
 * {@code lang}. Broken JSON-LD is skipped. Sources, most trusted first:
 * <ul>
 *   <li>title: og:title, JSON-LD headline, twitter:title, first h1, {@code <title>} minus its
 *       " | Site" suffix;
 *   <li>outlet: og:site_name, JSON-LD publisher.name, application-name, the {@code <title>} suffix;
 *   <li>author: JSON-LD author.name, meta author, article:author, rel=author;
 *   <li>published: article:published_time, JSON-LD datePublished, itemprop=datePublished,
 *       meta pubdate/date/publish-date, {@code <time datetime>}.
 * </ul>
 * Thread safe.
 */
final class HtmlMetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  PageMetadata read(Document page) {
    List<JsonNode> ld = jsonLd(page);
    String[] titleAndSite = splitTitle(page.title());
    String published = first(meta(page, "article:published_time"), ld(ld, "datePublished"),
        attr(page, "[itemprop=datePublished]", "content"), meta(page, "pubdate"),
        meta(page, "publish-date"), meta(page, "date"), attr(page, "time[datetime]", "datetime"));
    return new PageMetadata(
        first(meta(page, "og:title"), ld(ld, "headline"), meta(page, "twitter:title"),
            text(page, "h1"), titleAndSite[0]),
        first(meta(page, "og:site_name"), ldName(ld, "publisher"), meta(page, "application-name"),
            titleAndSite[1]),
        first(ldName(ld, "author"), meta(page, "author"), meta(page, "article:author"),
            byline(page)),
        published, published == null ? null : "page metadata",
        tags(page, ld),
        first(attr(page, "link[rel=canonical]", "href"), meta(page, "og:url")),
        blankToNull(page.select("html").attr("lang")));
  }

  /** A byline in the markup, without its "بقلم:" / "By" label. */
  private static String byline(org.jsoup.nodes.Document page) {
    String text = text(page, "[rel=author], .byline, .author-name, [itemprop=author], .author");
    if (text == null) {
      return null;
    }
    Line line = Line.of(1, text, 0);
    String value = FieldPhrases.bundled().bylineValue(line);
    return value != null ? value : text;
  }

  private static String[] splitTitle(String title) {
    if (title == null || title.isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = title.split("\\s+[|–—-]\\s+");
    if (parts.length < 2) {
      return new String[] {title.strip(), null};
    }
    String site = parts[parts.length - 1].strip();
    return new String[] {title.substring(0, title.lastIndexOf(site)).replaceAll("[\\s|–—-]+$", ""),
        site};
  }

  private static List<String> tags(Document page, List<JsonNode> ld) {
    Set<String> tags = new LinkedHashSet<>();
    page.select("meta[property=article:tag]").forEach(m -> add(tags, m.attr("content")));
    String keywords = first(meta(page, "keywords"), ld(ld, "keywords"));
    if (keywords != null) {
      for (String keyword : keywords.split("[,،]")) {
        add(tags, keyword);
      }
    }
    page.select("a[rel=tag]").forEach(a -> add(tags, a.text()));
    return new ArrayList<>(tags);
  }

  private static void add(Set<String> tags, String tag) {
    if (tag != null && !tag.isBlank()) {
      tags.add(tag.strip());
    }
  }

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), nodes);
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out);
    }
  }

  private static String ld(List<JsonNode> nodes, String field) {
    for (JsonNode node : nodes) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
      if (value != null && value.isArray() && value.size() > 0 && value.get(0).isTextual()) {
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(v.asText()));
        return String.join(", ", values);
      }
    }
    return null;
  }

  /** The name(s) in a JSON-LD person/organisation field; several are joined with "، ". */
  private static String ldName(List<JsonNode> nodes, String field) {
    for (JsonNode node : nodes) {
      JsonNode value = node.get(field);
      List<String> names = new ArrayList<>();
      if (value != null && value.isArray()) {
        value.forEach(v -> addName(v, names));
      } else if (value != null) {
        addName(value, names);
      }
      if (!names.isEmpty()) {
        return String.join("، ", names);
      }
    }
    return null;
  }

  private static void addName(JsonNode value, List<String> names) {
    if (value.isObject() && value.hasNonNull("name")) {
      names.add(value.get("name").asText().strip());
    } else if (value.isTextual() && !value.asText().isBlank()) {
      names.add(value.asText().strip());
    }
  }

  private static String meta(Document page, String name) {
    Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return meta == null ? null : blankToNull(meta.attr("content"));
  }

  private static String attr(Document page, String query, String attribute) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(element.attr(attribute));
  }

  private static String text(Document page, String query) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(element.text());
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
