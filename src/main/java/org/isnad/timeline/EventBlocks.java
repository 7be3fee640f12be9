package org.isnad.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EventMention;

/**
 * The merging of a run's reports into events one block at a time ({@link EventMerger}: reports
 * are compared only inside a block of one type and modality), for a caller that holds the run's
 * reports spread over machines (a Spark job) rather than in one list: the engine's own code for
 * one block, given only what that block reads of the run. {@link TimelineBuilder#build} merges
 * every block with the same {@link EventMerger#mergeBlock}, so a block merged here gives the
 * events the engine gives it when its reports come in the same order ({@link #inReportOrder}):
 * the merge is order-dependent (a report joins the first cluster that takes it; a name, word or
 * lead story in more than 200 clusters of the block is no longer looked up).
 *
 * <p>What a block reads: of each of its articles, the {@link ArticleFacts} (story number,
 * original when a copy, publication day, lead sentences); of the run, the {@link Names} read
 * from the entities, the names {@link #frequent} in the run, and the protagonists
 * ({@link #protagonists}) of its articles' stories. Thread safe.
 */
public final class EventBlocks {
  private EventBlocks() {}

  /** The block a report is merged in: its type and modality. */
  public static String key(EventMention m) {
    return EventMerger.blockKey(m);
  }

  /**
   * The reports of one block in the order the merger reads them (those of originals first, by
   * article id and trigger offset, then those of copies): {@code reports} in the run's input order
   * (each article's reports in its own order), {@code copies} giving at least each of their
   * articles' original (copy → original).
   */
  public static List<EventMention> inReportOrder(List<EventMention> reports,
      Map<String, String> copies) {
    return TimelineBuilder.reportOrder(reports, copies);
  }

  /**
   * What the merge of a block reads of one of its articles.
   *
   * @param story the article's story number, or {@code null} when it has none
   * @param original the article it is a copy of, or {@code null}
   * @param day its publication day ({@code yyyy-MM-dd}) when its date gives one, else null
   * @param leads the starts of its lead sentences ({@link #facts})
   */
  public record ArticleFacts(Integer story, String original, String day, Set<Integer> leads) {
    public ArticleFacts {
      leads = Set.copyOf(leads);
    }
  }

  /**
   * The facts of {@code article}, its reports (all of them, of every block) {@code reports}, its
   * story number {@code story} and its original {@code original} (both nullable).
   */
  public static ArticleFacts facts(Article article, List<EventMention> reports, Integer story,
      String original) {
    Set<Integer> leads = EventMerger.leadSentences(reports).getOrDefault(article.id(), Set.of());
    return new ArticleFacts(story, original,
        article.published().day().map(Object::toString).orElse(null), leads);
  }

  /**
   * Whether a name found in {@code articles} articles of a run of {@code runArticles} articles is
   * too frequent to tie reports ({@link Protagonists}).
   */
  public static boolean frequent(int articles, int runArticles) {
    return Protagonists.frequent(articles, runArticles);
  }

  /**
   * A story's protagonists: {@code counts} giving, for each specific name of its articles
   * ({@link Names#specific}) that is no place anywhere in the run ({@link Names#places}), in how
   * many of its {@code size} articles it is found.
   */
  public static Set<String> protagonists(Map<String, Integer> counts, int size) {
    return Protagonists.top(counts, size);
  }

  /**
   * The events of one block: {@code block} its reports {@link #inReportOrder}, {@code facts} the
   * facts of (at least) their articles, {@code frequent} the run's frequent names (at least those
   * of the block), {@code protagonists} the protagonists of (at least) the block's stories.
   * The events in the order the engine lists them for the block.
   */
  public static List<MergedReports> merge(List<EventMention> block,
      Map<String, ArticleFacts> facts, Names names, Set<String> frequent,
      Map<Integer, Set<String>> protagonists) {
    Map<String, Integer> storyOf = new HashMap<>();
    Map<String, String> copies = new HashMap<>();
    Map<String, String> published = new HashMap<>();
    Map<String, Set<Integer>> leads = new HashMap<>();
    facts.forEach((article, f) -> {
      putIfPresent(storyOf, article, f.story());
      putIfPresent(copies, article, f.original());
      putIfPresent(published, article, f.day());
      leads.put(article, f.leads());
    });
    Protagonists p = new Protagonists(names.broad, frequent, protagonists);
    EventMerger.Context context = new EventMerger.Context(storyOf, copies, published,
        p::nonSpecific, names.broad::country, names.nameWords);
    return new EventMerger().mergeBlock(block, context, leads);
  }

  private static <V> void putIfPresent(Map<String, V> map, String key, V value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /**
   * The run's names as the merge reads them, read once from the run's entities: which are broad
   * or countries, and the words of each name. Thread safe.
   */
  public static final class Names {
    private final Map<String, Entity> entities = new HashMap<>();
    private final BroadNames broad;
    private final Function<String, Set<String>> nameWords;

    public Names(List<Entity> entities) {
      entities.forEach(e -> this.entities.put(e.id(), e));
      this.broad = new BroadNames(this.entities);
      this.nameWords = TimelineBuilder.nameWordsOf(this.entities, TimelineRecall.none());
    }

    /** The run's entities by id, unmodifiable. */
    public Map<String, Entity> entities() {
      return java.util.Collections.unmodifiableMap(entities);
    }

    /**
     * The specific names of one article (people, organisations and places that are not broad),
     * {@code mentions} its linked entity mentions, in the order the engine reads them.
     */
    public Set<String> specific(List<EntityMention> mentions) {
      Map<String, Set<String>> names = TimelineBuilder.names(mentions, broad);
      return names.isEmpty() ? Set.of() : names.values().iterator().next();
    }

    /** The entities {@code mentions} name as places. */
    public static Set<String> places(List<EntityMention> mentions) {
      return TimelineBuilder.places(mentions);
    }
  }
}
