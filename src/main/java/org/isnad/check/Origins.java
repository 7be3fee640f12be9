package org.isnad.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Event;
import org.isnad.model.Report;

/**
 * Finds an article's independent origin the way the timeline counts independent sources
 * ({@code org.isnad.timeline.EventSources}: ten copies of one Reuters report are one source):
 *
 * <ul>
 *   <li>a copy ({@code duplicateOf}) counts as the article it copies, followed to the first
 *       article that is no copy;
 *   <li>that article's origin is the source the timeline gave its event reports (the innermost
 *       relay or wire story of each report; the one most of its reports count for, ties by
 *       name);
 *   <li>an article without reports: the agency its source line credits, else its outlet, else
 *       the site of its URL, else the article itself.
 * </ul>
 * Stateless apart from its corpus; thread safe.
 */
final class Origins {
  /** Copies followed at most (a cycle in bad data stops here). */
  private static final int MAX_HOPS = 16;
  private final CheckCorpus corpus;

  Origins(CheckCorpus corpus) {
    this.corpus = corpus;
  }

  /** The origin of {@code article}, read from all its reports. */
  Origin of(AnnotatedArticle article) {
    return of(article, List.of());
  }

  /**
   * The origin of {@code article}: the reports in its {@code rationale} sentences speak for it
   * first (the chain of what it says of the claim), else all its reports.
   */
  Origin of(AnnotatedArticle article, List<Rationale> rationale) {
    String root = rootOf(article.id());
    Article a = root.equals(article.id()) ? article.article()
        : corpus.article(root).map(AnnotatedArticle::article).orElse(article.article());
    String copied = root.equals(article.id()) ? "" : "a copy of article " + root + "; ";
    String source = root.equals(article.id()) ? reportSource(root, rationale) : null;
    source = source != null ? source : reportSource(root, List.of());
    if (source != null) {
      return new Origin(source, copied + "the independent source the timeline counts its "
          + "event reports for", root);
    }
    if (present(a.credit())) {
      return new Origin(a.credit().strip(), copied + "the agency its source line credits", root);
    }
    if (present(a.outlet())) {
      return new Origin(a.outlet().strip(), copied + "its outlet (it credits no other)", root);
    }
    String host = host(a.url());
    if (host != null) {
      return new Origin(host, copied + "the site of its URL (no outlet known)", root);
    }
    return new Origin("article " + root, copied + "itself (no outlet, credit or URL known)",
        root);
  }

  /** The first article up the copy chain of {@code id} that is no copy. */
  String rootOf(String id) {
    String at = id;
    Set<String> seen = new HashSet<>();
    for (int hop = 0; hop < MAX_HOPS && seen.add(at); hop++) {
      String original = corpus.copyOf(at);
      if (original == null) {
        return at;
      }
      at = original;
    }
    return at;
  }

  /**
   * The source most of the article's own event reports count for (those in {@code within} when
   * it is not empty), or {@code null}.
   */
  private String reportSource(String articleId, List<Rationale> within) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Event e : corpus.eventsOf(articleId)) {
      for (Report r : e.reports()) {
        boolean inside = within.isEmpty() || within.stream()
            .anyMatch(s -> r.start() < s.end() && s.start() < r.end());
        if (r.articleId().equals(articleId) && inside && present(r.source())) {
          counts.merge(r.source().strip(), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> all = new ArrayList<>(counts.entrySet());
    all.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return all.isEmpty() ? null : all.get(0).getKey();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
