package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.model.SourceHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata. Sources, first found wins:
 * <ul>
 *   <li>title: og:title, twitter:title, JSON-LD headline, first {@code <h1>}, {@code <title>}
 *       minus its " | Site" / " - Site" suffix, the container's title hint; a trailing
 *       " | outlet" is removed from whichever is chosen;
 *   <li>outlet: og:site_name, JSON-LD publisher.name, application-name, the {@code <title>}
 *       suffix, the container's outlet hint;
 *   <li>author: JSON-LD author.name (object, string or array), meta author, article:author
 *       (unless a URL), itemprop=author, rel=author, byline classes; a value equal to the outlet
 *       is the site, not a person, and is skipped;
 *   <li>published: article:published_time, og:published_time, JSON-LD datePublished,
 *       itemprop=datePublished, meta pubdate / publishdate / publish-date / date / dc.date,
 *       {@code <time datetime>} (inside an {@code <article>} first), the container's date hint;
 *       values that do not start with a valid date are skipped;
 *   <li>tags: article:tag, meta keywords / news_keywords, JSON-LD keywords, rel=tag links;
 *   <li>url: link rel=canonical, og:url, the container's URL hint; language: {@code <html lang>}.
 * </ul>
 * Thread safe.
 */
final class HtmlMetadataReader {
  private static final String BYLINE_CLASSES = ".byline, .author-name, .post-author, "
      + ".entry-author, .article-author, .writer, .author";
  private static final String[] DATE_METAS = {"article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
      "dc.date.issued", "dcterms.created"};

  private final JsonLdReader jsonLdReader = new JsonLdReader();
  private final FieldPhrases phrases = FieldPhrases.bundled();

  PageMetadata read(Document page, SourceHints hints) {
    JsonLdReader.JsonLd ld = jsonLdReader.read(page);
    String[] titleAndSite = splitTitle(page.title());
    String outlet = first(meta(page, "og:site_name"), ld.name("publisher"),
        meta(page, "application-name"), titleAndSite[1], hints.outlet());
    String title = first(meta(page, "og:title"), meta(page, "twitter:title"), ld.text("headline"),
        text(page, "h1"), titleAndSite[0], GivenTitle.of(hints.title()));
    String[] published = published(page, ld, hints);
    return new PageMetadata(withoutSuffix(title, outlet), outlet, author(page, ld, outlet),
        published[0], published[1], tags(page, ld),
        first(absolute(page, "link[rel=canonical]", "href"), meta(page, "og:url"), hints.url()),
        language(page), ld.problems());
  }

  private String author(Document page, JsonLdReader.JsonLd ld, String outlet) {
    List<String> candidates = new ArrayList<>();
    candidates.add(ld.name("author"));
    candidates.add(meta(page, "author"));
    String articleAuthor = meta(page, "article:author");
    candidates.add(articleAuthor != null && articleAuthor.matches("(?i)https?://.*") ? null
        : articleAuthor);
    candidates.add(attrOrText(page, "[itemprop=author] [itemprop=name]"));
    candidates.add(attrOrText(page, "[itemprop=author]"));
    candidates.add(text(page, "[rel=author]"));
    candidates.add(text(page, BYLINE_CLASSES));
    for (String candidate : candidates) {
      String value = bylineValue(candidate);
      if (value != null && (outlet == null || !value.equalsIgnoreCase(outlet))) {
        return value;
      }
    }
    return null;
  }

  private String bylineValue(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = phrases.bylineValue(Line.block(1, text.strip(), -1, -1));
    return value == null || value.isBlank() ? text.strip() : value.strip();
  }

  private static String[] published(Document page, JsonLdReader.JsonLd ld, SourceHints hints) {
    List<String[]> candidates = new ArrayList<>();
    candidates.add(new String[] {"article:published_time", meta(page, "article:published_time")});
    candidates.add(new String[] {"og:published_time", meta(page, "og:published_time")});
    candidates.add(new String[] {"JSON-LD datePublished", ld.text("datePublished")});
    candidates.add(new String[] {"itemprop=datePublished",
        first(attr(page, "[itemprop=datePublished]", "content"),
            attr(page, "[itemprop=datePublished]", "datetime"))});
    for (String name : DATE_METAS) {
      candidates.add(new String[] {"meta " + name, meta(page, name)});
    }
    candidates.add(new String[] {"time datetime", first(attr(page, "article time[datetime]",
        "datetime"), attr(page, "time[datetime]", "datetime"))});
    candidates.add(new String[] {"source metadata", hints.published()});
    for (String[] candidate : candidates) {
      String date = IsoDate.of(candidate[1]);
      if (date != null) {
        return new String[] {date, candidate[0] + "=" + candidate[1].strip()};
      }
    }
    return new String[] {null, null};
  }

  /** {@code [title, site]} of a {@code <title>} such as "الخبر | الموقع". */
  static String[] splitTitle(String title) {
    if (title == null || title.isBlank()) {
      return new String[] {null, null};
    }
    String[] parts = title.strip().split("\\s+[|–—-]\\s+|\\s*[|»]\\s*|\\s*::\\s*");
    if (parts.length < 2) {
      return new String[] {title.strip(), null};
    }
    String site = parts[parts.length - 1].strip();
    String head = title.strip().substring(0, title.strip().lastIndexOf(site))
        .replaceAll("[\\s|–—»:-]+$", "");
    return new String[] {head.isEmpty() ? null : head, site.isEmpty() ? null : site};
  }

  private static String withoutSuffix(String title, String outlet) {
    if (title == null || outlet == null) {
      return title;
    }
    String[] split = splitTitle(title);
    return split[1] != null && split[1].equalsIgnoreCase(outlet) && split[0] != null ? split[0]
        : title;
  }

  private static List<String> tags(Document page, JsonLdReader.JsonLd ld) {
    Set<String> tags = new LinkedHashSet<>();
    page.select("meta[property=article:tag], meta[name=article:tag]")
        .forEach(m -> add(tags, m.attr("content")));
    for (String keywords : new String[] {meta(page, "keywords"), meta(page, "news_keywords"),
        ld.text("keywords")}) {
      if (keywords != null) {
        for (String keyword : keywords.split("[,،;؛]")) {
          add(tags, keyword);
        }
      }
    }
    page.select("a[rel~=(?i)\\btag\\b]").forEach(a -> add(tags, a.text()));
    return new ArrayList<>(tags);
  }

  private static void add(Set<String> tags, String tag) {
    if (tag != null && !tag.isBlank()) {
      tags.add(tag.strip().replaceFirst("^#", ""));
    }
  }

  private static String language(Document page) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty()) {
      return null;
    }
    return lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static String meta(Document page, String name) {
    for (Element meta : page.getElementsByTag("meta")) {
      if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))
          || name.equalsIgnoreCase(meta.attr("itemprop"))) {
        String content = blankToNull(meta.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  private static String attr(Document page, String query, String attribute) {
    Element element = page.selectFirst(query);
    return element == null ? null : blankToNull(element.attr(attribute));
  }

  private static String absolute(Document page, String query, String attribute) {
    Element element = page.selectFirst(query);
    if (element == null) {
      return null;
    }
    String absolute = blankToNull(element.absUrl(attribute));
    return absolute != null ? absolute : blankToNull(element.attr(attribute));
  }

  private static String attrOrText(Document page, String query) {
    Element element = page.selectFirst(query);
    if (element == null) {
      return null;
    }
    return first(element.attr("content"), element.text());
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
