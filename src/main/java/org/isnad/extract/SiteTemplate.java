package org.isnad.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
 * does not depend on the order of the documents. A template still being learnt while the batch is
 * read ({@link TemplateLearner#probe()}) answers from the pages counted so far and remembers what
 * it was asked, so an extraction made with it can be checked against the final template.
 */
public final class SiteTemplate {
  static final int MIN_PAGES = 2;
  /** Template furniture is short; longer repeated lines are headlines of syndicated copies. */
  static final int MAX_WORDS = 6;
  private static final SiteTemplate EMPTY = new SiteTemplate(Set.of());
  private final Set<String> lines;
  /** For a template still being learnt: the lines counted so far on enough pages; else null. */
  private final Predicate<String> sofar;
  /** For a template still being learnt: each short line asked about and the answer given. */
  private final Map<String, Boolean> asked;

  private SiteTemplate(Set<String> lines) {
    this.lines = Set.copyOf(lines);
    this.sofar = null;
    this.asked = null;
  }

  /** A template still being learnt, answering with {@code sofar} (one extraction, one thread). */
  SiteTemplate(Predicate<String> sofar) {
    this.lines = Set.of();
    this.sofar = sofar;
    this.asked = new HashMap<>();
  }

  static SiteTemplate of(Set<String> lines) {
    return new SiteTemplate(lines);
  }

  public static SiteTemplate empty() {
    return EMPTY;
  }

  /**
   * A template whose lines are the ones {@code isLine} accepts, remembering every short line it
   * was asked about (one extraction, one thread): a store that grows keeps the lines each page
   * was refused ({@link #refused()}), so it knows which pages a grown template extracts otherwise.
   */
  public static SiteTemplate answering(Predicate<String> isLine) {
    return new SiteTemplate(java.util.Objects.requireNonNull(isLine, "isLine"));
  }

  /**
   * The short lines this template was asked about and answered are not part of it, for a template
   * made by {@link #answering} or {@link TemplateLearner#probe()}; empty for a learnt one. A
   * template that accepts these lines and every line this one accepted extracts as this one did.
   */
  public Set<String> refused() {
    if (asked == null) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    asked.forEach((line, answer) -> {
      if (!answer) {
        out.add(line);
      }
    });
    return out;
  }

  /**
   * The distinct lines of a document that count towards a batch's template: its candidate lines
   * when it is a readable text page, else none.
   */
  public static Set<String> countedLines(Document document) {
    return counts(document) ? candidates(document.content()) : Set.of();
  }

  /** True when a line found on {@code pages} pages of a batch is part of its template. */
  public static boolean recurs(int pages) {
    return pages >= MIN_PAGES;
  }

  /** Learns the template lines of a batch from its readable text documents. */
  public static SiteTemplate learn(Collection<Document> documents) {
    TemplateLearner learner = new TemplateLearner();
    documents.forEach(learner::count);
    return learner.learnt();
  }

  /** True when the document's lines count towards a batch's template: a readable text page. */
  static boolean counts(Document document) {
    return document.format() == Format.TEXT && !document.failed();
  }

  /** The distinct lines of a page that could be template lines (short, not running text). */
  static Set<String> candidates(String content) {
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
    if (sofar == null) {
      return lines.contains(matchText);
    }
    boolean answer = sofar.test(matchText);
    if (Line.countWords(matchText) <= MAX_WORDS) {
      asked.put(matchText, answer);
    }
    return answer;
  }

  /**
   * True when {@code template} gives every answer this one gave: an extraction made with this
   * one is then the one {@code template} makes. A line of more than {@value #MAX_WORDS} words is
   * in no template, so only shorter ones are remembered. Always true for a learnt template.
   */
  public boolean answersAs(SiteTemplate template) {
    if (asked == null) {
      return true;
    }
    for (Map.Entry<String, Boolean> answer : asked.entrySet()) {
      if (template.contains(answer.getKey()) != answer.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Number of template lines learned. */
  public int size() {
    return lines.size();
  }
}
