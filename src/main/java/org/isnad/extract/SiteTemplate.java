package org.isnad.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Document;
import org.isnad.model.Format;

/**
 * Lines that recur across the text pages of one batch: a site's template (menus, footers,
 * author boxes). A line belongs to the template when it appears on at least
 * {@value #MIN_PAGES} pages, is at most {@value #MAX_WORDS} words long and is not running text:
 * longer lines repeat only in copies of one article (syndication), and copies must not lose their
 * text or headline.
 *
 * <p>Learned once per batch, read-only afterwards, safe to share between threads. The result
 * does not depend on the order of the documents.
 */
public final class SiteTemplate {
  static final int MIN_PAGES = 2;
  /** Template furniture is short; longer repeated lines are headlines of syndicated copies. */
  static final int MAX_WORDS = 6;
  private static final SiteTemplate EMPTY = new SiteTemplate(Set.of());
  private final Set<String> lines;

  private SiteTemplate(Set<String> lines) {
    this.lines = Set.copyOf(lines);
  }

  public static SiteTemplate empty() {
    return EMPTY;
  }

  /** Learns the template lines of a batch from its readable text documents. */
  public static SiteTemplate learn(Collection<Document> documents) {
    Map<String, Integer> pages = new HashMap<>();
    for (Document document : documents) {
      if (document.format() == Format.TEXT && !document.failed()) {
        for (String line : candidates(document.content())) {
          pages.merge(line, 1, Integer::sum);
        }
      }
    }
    Set<String> template = new HashSet<>();
    pages.forEach((line, count) -> {
      if (count >= MIN_PAGES) {
        template.add(line);
      }
    });
    return new SiteTemplate(template);
  }

  private static Set<String> candidates(String content) {
    Set<String> out = new HashSet<>();
    for (Line line : LineReader.read(content)) {
      if (line.words() <= MAX_WORDS && LineTagger.shape(line) != LineKind.BODY) {
        out.add(line.match());
      }
    }
    return out;
  }

  /** True when the normalised line is part of the template. */
  boolean contains(String matchText) {
    return lines.contains(matchText);
  }

  /** Number of template lines learned. */
  public int size() {
    return lines.size();
  }
}
