package org.isnad.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Event;
import org.isnad.store.CaseView;
import org.isnad.store.SqlStore;
import org.isnad.store.StoreLocation;
import org.isnad.store.StoreIndex;
import org.isnad.store.StoreView;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchHit;
import org.isnad.store.search.SearchQuery;
import org.isnad.store.search.SearchReader;

/**
 * The articles of a store ({@code isnad add}), read only. Candidates come from the store's
 * search index (Lucene, {@code org.isnad.store.search}), which matches every word of a query:
 * the claim's content words are first counted alone (how many articles hold each; at most
 * {@value #MAX_WORDS}, the rarest), then the {@value #MAX_TOGETHER} rarest are asked together,
 * then the rarer half of them, and so on down to the rarest alone, then each other word alone,
 * until {@code cap} articles are found ({@link #queries}); so the articles that share the most
 * rare words of the claim come first. A claim of 12 content words costs 12 counting queries and
 * at most 15 searches, usually 4 or 5 (the asking stops once {@code cap} articles are found).
 * The index as last committed is read (an add still running is not seen). With {@code urls},
 * the candidates are the articles at those urls (the store keeps each article's url, indexed),
 * whatever words they share, in id order, at most {@code cap}.
 *
 * <p>Thread safe: each store connection is used under its own lock.
 */
public final class StoreCorpus implements CheckCorpus, AutoCloseable {
  /** Content words of a claim asked of the index, at most (the rarest). */
  static final int MAX_WORDS = 12;
  /**
   * Words asked together, at most (the rarest): each more common word makes the query slower
   * (its postings are read) and hardly narrows it.
   */
  static final int MAX_TOGETHER = 6;
  /** Articles whose details are kept for the next claim, at most. */
  private static final int KEPT_DETAILS = 4_096;
  private final SqlStore store;
  private final StoreView view;
  private final Path dir;
  private SearchReader index;
  private final Map<String, CaseView.ArticleDetail> details = new ConcurrentHashMap<>();

  private StoreCorpus(Path dir, SqlStore store, StoreView view, SearchReader index) {
    this.dir = dir;
    this.store = store;
    this.view = view;
    this.index = index;
  }

  /**
   * Opens the store in folder {@code dir} for checking.
   *
   * @throws IllegalArgumentException when {@code dir} holds no store or no search index,
   *     naming it
   */
  public static StoreCorpus open(Path dir) {
    StoreLocation location = StoreLocation.at(dir);
    if (!location.exists()) {
      throw new IllegalArgumentException("no store in " + dir + " (isnad add makes one)");
    }
    if (location.isDatabase()) {
      indexed(dir);
    }
    SearchReader index;
    try {
      index = SearchReader.open(StoreIndex.of(dir));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the search index of " + dir + ": " + e, e);
    }
    if (index == null) {
      throw new IllegalArgumentException("the store " + dir + " has no search index yet "
          + "(isnad add builds it)");
    }
    SqlStore store = SqlStore.open(dir);
    return new StoreCorpus(dir, store, StoreView.open(dir), index);
  }

  /**
   * Brings the search index in a PostgreSQL store's working folder up to the database: another
   * machine's adds, or a new working folder, leave it behind or missing.
   */
  private static void indexed(Path dir) {
    try (SqlStore store = SqlStore.open(dir)) {
      StoreIndex.update(dir, store, store::analysis);
    }
  }

  /**
   * The store in folder {@code dir} as a server serves it: it may have no search index yet (an
   * empty store: no candidates until one is built), and each claim reads the index's newest
   * commit, so what {@code isnad add} or an upload adds is found.
   */
  public static StoreCorpus openGrowing(Path dir) {
    SqlStore store = SqlStore.open(dir);
    return new StoreCorpus(dir, store, StoreView.open(dir), null);
  }

  /** The index at its newest commit, or {@code null} while the store has none. */
  private synchronized SearchReader index() throws IOException {
    if (index == null) {
      index = SearchReader.open(StoreIndex.of(dir));
    } else {
      index.refresh();
    }
    return index;
  }

  @Override
  public List<String> candidates(ClaimWords words, Set<String> urls, int cap) {
    SearchReader reader;
    try {
      reader = index();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index of " + dir, e);
    }
    if (!urls.isEmpty()) {
      List<String> at;
      synchronized (store) {
        at = store.articlesAt(urls);
      }
      return at.subList(0, Math.min(cap, at.size()));
    }
    return reader == null ? List.of() : candidates(reader, words, cap);
  }

  private List<String> candidates(SearchReader index, ClaimWords words, int cap) {
    List<String> asked = rarestFirst(index, words.written());
    Set<String> found = new LinkedHashSet<>();
    for (String query : queries(asked)) {
      if (found.size() >= cap) {
        break;
      }
      for (SearchHit hit : search(index, query, Math.min(SearchQuery.MAX_LIMIT, cap))) {
        String id = hit.articleId() != null ? hit.articleId() : hit.id();
        if (found.size() < cap) {
          found.add(id);
        }
      }
    }
    return new ArrayList<>(found);
  }

  /**
   * The queries asked in turn: the {@value #MAX_TOGETHER} rarest words together, then the rarer
   * half of them, and so on down to the rarest alone (halving, not one word at a time: each
   * search reads the postings of all its words), then each
   * other word alone, rarest first.
   */
  static List<String> queries(List<String> rarestFirst) {
    List<String> queries = new ArrayList<>();
    for (int k = Math.min(MAX_TOGETHER, rarestFirst.size()); k >= 1;
        k = k == 1 ? 0 : (k + 1) / 2) {
      queries.add(String.join(" ", rarestFirst.subList(0, k)));
    }
    rarestFirst.stream().skip(1).forEach(queries::add);
    return queries;
  }

  /** The words the index holds, fewest articles first (the rarest say most), capped. */
  private static List<String> rarestFirst(SearchReader index, List<String> written) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (String w : new LinkedHashSet<>(written)) {
      long n = total(index, w);
      if (n > 0) {
        counts.put(w, n);
      }
    }
    return counts.keySet().stream().sorted(Comparator.comparingLong((String w) -> counts.get(w))
        .thenComparing(Comparator.naturalOrder())).limit(MAX_WORDS).toList();
  }

  private static long total(SearchReader index, String word) {
    try {
      return index.searchWithoutSnippets(query(word, 1)).total();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the store's index", e);
    }
  }

  private static List<SearchHit> search(SearchReader index, String text, int limit) {
    try {
      return index.searchWithoutSnippets(query(text, limit)).hits();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the store's index", e);
    }
  }

  private static SearchQuery query(String text, int limit) {
    return SearchQuery.of(text).withKinds(Set.of(SearchEntry.Kind.ARTICLE)).page(0, limit);
  }

  @Override
  public List<String> missing(List<String> urls) {
    synchronized (store) {
      return urls.stream().filter(u -> u != null && store.articlesAt(List.of(u)).isEmpty())
          .distinct().toList();
    }
  }

  @Override
  public Optional<AnnotatedArticle> article(String id) {
    synchronized (store) {
      return store.article(id);
    }
  }

  @Override
  public String copyOf(String id) {
    return detail(id).map(CaseView.ArticleDetail::copyOf).orElse(null);
  }

  @Override
  public List<Event> eventsOf(String id) {
    Set<String> ids = new LinkedHashSet<>();
    detail(id).ifPresent(d -> d.events().forEach(s -> {
      if (s.ref() != null) {
        ids.add(s.ref());
      }
    }));
    List<Event> events = new ArrayList<>();
    synchronized (store) {
      ids.forEach(e -> store.event(e).ifPresent(events::add));
    }
    return events;
  }

  private Optional<CaseView.ArticleDetail> detail(String id) {
    CaseView.ArticleDetail known = details.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<CaseView.ArticleDetail> read = view.article(id);
    read.filter(d -> details.size() < KEPT_DETAILS).ifPresent(d -> details.put(id, d));
    return read;
  }

  @Override
  public String candidateBasis() {
    return "the store's search index: the claim's content words asked together, rarest first, "
        + "the commonest dropped until enough articles are found";
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException e) {
      // read only: nothing is lost
    }
    view.close();
    store.close();
  }
}
