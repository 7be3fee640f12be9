package org.isnad.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.model.Document;

/**
 * Learns a batch's {@link SiteTemplate} while the batch is read, so pages can be extracted
 * before the last one is in: each readable text page is counted once ({@link #count}), an
 * extraction made meanwhile uses a {@link #probe()} (the lines on enough pages so far), and once
 * every page is counted and {@link #finish()} called, {@link #learnt()} is the template
 * {@link SiteTemplate#learn} gives for the same pages, whatever their order. An extraction
 * whose probe does not {@linkplain SiteTemplate#answersAs answer as} the learnt template is to
 * be made again with it; the others are already the ones it makes.
 *
 * <p>Thread safe: pages may be counted and probes asked from several threads at once.
 */
public final class TemplateLearner {
  private final ConcurrentHashMap<String, Integer> pages = new ConcurrentHashMap<>();
  private volatile SiteTemplate learnt;

  /** Counts the document's candidate lines when it is a readable text page; else nothing. */
  public void count(Document document) {
    if (learnt != null) {
      throw new IllegalStateException("the template is already learnt");
    }
    if (SiteTemplate.counts(document)) {
      for (String line : SiteTemplate.candidates(document.content())) {
        pages.merge(line, 1, Integer::sum);
      }
    }
  }

  /**
   * A template for one extraction on one thread, answering from the pages counted so far and
   * remembering its answers.
   */
  public SiteTemplate probe() {
    return new SiteTemplate(this::sofar);
  }

  private boolean sofar(String line) {
    return pages.getOrDefault(line, 0) >= SiteTemplate.MIN_PAGES;
  }

  /** Every page is counted: the template is learnt (later counts are refused). */
  public void finish() {
    if (learnt == null) {
      learnt = template();
    }
  }

  /** The learnt template, or null before {@link #finish()}. */
  public SiteTemplate learntIfDone() {
    return learnt;
  }

  /** The template of the pages counted, finishing the count when it was not yet. */
  public SiteTemplate learnt() {
    finish();
    return learnt;
  }

  private SiteTemplate template() {
    Set<String> template = new HashSet<>();
    pages.forEach((line, count) -> {
      if (count >= SiteTemplate.MIN_PAGES) {
        template.add(line);
      }
    });
    return SiteTemplate.of(template);
  }
}
