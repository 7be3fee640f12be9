package org.isnad.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Event;
import org.isnad.model.Report;

/**
 * The articles of one analysis (what {@code isnad analyze} makes of the inputs). Candidates: in
 * an analysis of at most {@value #SMALL} articles every article is judged (best matches first);
 * in a larger one, the articles sharing at least {@value #MIN_SHARED} of the claim's content
 * words (all of them when the claim has fewer), most shared first, then by id. Thread safe.
 */
public final class AnalysisCorpus implements CheckCorpus {
  /** An analysis this small is judged whole. */
  static final int SMALL = 200;
  /** Content words a candidate of a larger analysis shares with the claim, at least. */
  static final int MIN_SHARED = 2;
  private final Map<String, AnnotatedArticle> articles = new TreeMap<>();
  private final Map<String, Set<String>> byUrl = new HashMap<>();
  private final Map<String, List<Event>> events = new HashMap<>();
  private final Map<String, String> copies;
  private final Map<String, Set<String>> stems = new ConcurrentHashMap<>();

  public AnalysisCorpus(Analysis analysis) {
    for (AnnotatedDocument d : analysis.annotated()) {
      for (AnnotatedArticle a : d.articles()) {
        articles.put(a.id(), a);
        index(a.article().url(), a.id());
        index(d.document().source(), a.id());
      }
    }
    copies = analysis.timeline().copies();
    for (Event e : analysis.timeline().events()) {
      Set<String> of = new LinkedHashSet<>();
      e.reports().stream().map(Report::articleId).forEach(of::add);
      of.forEach(id -> events.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
    }
  }

  private void index(String url, String id) {
    if (url != null && !url.isBlank()) {
      byUrl.computeIfAbsent(url.strip(), k -> new LinkedHashSet<>()).add(id);
    }
  }

  @Override
  public List<String> candidates(ClaimWords words, Set<String> urls, int cap) {
    Set<String> allowed = urls.isEmpty() ? articles.keySet() : atUrls(urls);
    boolean all = articles.size() <= SMALL || !urls.isEmpty();
    int needed = Math.min(MIN_SHARED, words.stems().size());
    Map<String, Integer> shared = new HashMap<>();
    for (String id : allowed) {
      int n = words.shared(stemsOf(id));
      if (all || n >= Math.max(1, needed)) {
        shared.put(id, n);
      }
    }
    return shared.keySet().stream().sorted(Comparator.comparingInt((String id) -> -shared.get(id))
        .thenComparing(Comparator.naturalOrder())).limit(cap).toList();
  }

  @Override
  public List<String> missing(List<String> urls) {
    return urls.stream().filter(u -> u != null && !byUrl.containsKey(u.strip())).distinct()
        .toList();
  }

  private Set<String> atUrls(Set<String> urls) {
    Set<String> ids = new java.util.TreeSet<>();
    urls.forEach(u -> ids.addAll(byUrl.getOrDefault(u == null ? "" : u.strip(), Set.of())));
    return ids;
  }

  private Set<String> stemsOf(String id) {
    return stems.computeIfAbsent(id, k -> {
      var a = articles.get(k).article();
      return ClaimWords.stemSet((a.title() == null ? "" : a.title() + "\n") + a.text());
    });
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public String copyOf(String id) {
    return copies.get(id);
  }

  @Override
  public List<Event> eventsOf(String id) {
    return events.getOrDefault(id, List.of());
  }

  @Override
  public String candidateBasis() {
    return articles.size() <= SMALL ? "the articles of the analysis (" + articles.size()
        + "; an analysis of at most " + SMALL + " is taken whole), most claim words shared "
        + "first, up to the cap on candidates"
        : "articles of the analysis sharing at least " + MIN_SHARED + " of the claim's content "
        + "words (normalised, clitics stripped), most shared first, up to the cap on "
        + "candidates";
  }
}
