package org.isnad.timeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;

/**
 * The steps of the story grouping ({@code StoryGrouper}, which {@link TimelineBuilder#stories}
 * runs over a whole run at once), one article, key, pair or connected part of the run at a time,
 * for a caller that runs them apart (the Spark job's story stages). Each method is the code the
 * grouper itself runs, so the parts put together give the grouper's stories:
 * <ol>
 *   <li>per article: {@link #day}, {@link #site}, {@link #specificNames}, {@link #leadWords};</li>
 *   <li>over the run: its size gives the caps ({@link #nameCap}, {@link #wordCap},
 *       {@link #maxStory}); each lead word's count of articles chooses each article's rare
 *       ones ({@link #rareLeadWords});</li>
 *   <li>per key (a specific name, a rare lead word): its postings tie their articles when
 *       {@link #ties}; per pair: the count of shared keys makes a link when {@link #enough},
 *       a link of names needs a key of another kind ({@link #otherKind}, {@link #rarePerson},
 *       {@link #nameWords}), and any link the publication days allow ({@link #linkable});</li>
 *   <li>per connected part of the links and copies: {@link #roots}, the grouper's own unions
 *       with its caps.</li>
 * </ol>
 * Stateless and thread safe.
 */
public final class StorySteps {
  /** The day of an article without a publication day ({@link #day}). */
  public static final long UNDATED = StoryGrouper.UNDATED;
  /** The shared specific names that make a link (with a key of another kind). */
  public static final int MIN_NAMES = StoryGrouper.MIN_SHARED;
  /** The shared rare lead words that make a link. */
  public static final int MIN_WORDS = StoryGrouper.MIN_WORDS;
  private static final LeadKeywords LEAD_KEYWORDS = new LeadKeywords();

  private StorySteps() {}

  /** An article's publication day (epoch day), or {@link #UNDATED}. */
  public static long day(Article a) {
    return StoryGrouper.day(a);
  }

  /**
   * An article's site: its outlet, else its URL's host, else {@code null} (the grouper then
   * gives it a site of its own, {@code "#"} and its place in the run's order).
   */
  public static String site(Article a) {
    return StoryGrouper.site(a);
  }

  /** The ids of the broad entities among {@code entities} (countries, regions, blocs). */
  public static Set<String> broadIds(Collection<Entity> entities) {
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    BroadNames broad = new BroadNames(byId);
    Set<String> ids = new java.util.HashSet<>();
    byId.keySet().forEach(id -> {
      if (broad.contains(id)) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * An article's specific names from its linked mentions (people, organisations and places
   * whose entity is not in {@code broadIds}), in the mentions' order.
   */
  public static Set<String> specificNames(List<EntityMention> mentions, Set<String> broadIds) {
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (TimelineBuilder.specific(m, broadIds::contains)) {
        names.add(m.entityId());
      }
    }
    return names;
  }

  /** An article's lead words, before the run's counts choose the rare ones (unmodifiable). */
  public static Set<String> leadWords(Article a) {
    return LeadKeywords.leadWords(LeadKeywords.Lead.of(a));
  }

  /**
   * An article's rare lead words out of its {@link #leadWords}: {@code df} gives a word's count
   * of the run's articles, {@code cap} is {@link #wordCap}.
   */
  public static Set<String> rareLeadWords(Set<String> leadWords, ToIntFunction<String> df,
      int cap) {
    return LeadKeywords.rare(leadWords, df, cap);
  }

  /** The most articles of a run of {@code articles} a specific name may be in and tie them. */
  public static int nameCap(int articles) {
    return StoryGrouper.nameCap(articles);
  }

  /** The most articles of a run of {@code articles} a lead word may be in and tie them. */
  public static int wordCap(int articles) {
    return StoryGrouper.wordCap(articles);
  }

  /** The most articles a story of a run of {@code articles} may hold. */
  public static int maxStory(int articles) {
    return StoryGrouper.maxStory(articles);
  }

  /** Whether a key in {@code postings} articles ties them, its cap being {@code cap}. */
  public static boolean ties(int postings, int cap) {
    return StoryGrouper.ties(postings, cap);
  }

  /**
   * Whether {@code count} shared keys of a kind that needs {@code min} ({@link #MIN_NAMES},
   * {@link #MIN_WORDS}) link two articles, of one site or not.
   */
  public static boolean enough(int count, int min, boolean sameSite) {
    return StoryGrouper.enough(count, min, sameSite);
  }

  /** Whether a name in {@code postings} articles (of the name cap {@code cap}) is a rare person's. */
  public static boolean rarePerson(int postings, int cap, Entity e) {
    return StoryGrouper.rarePerson(postings, cap, e);
  }

  /**
   * Whether two articles sharing names share a key of another kind: a rare person's name
   * ({@code rarePeople}), or a rare lead word that is not a word of a shared name.
   */
  public static boolean otherKind(Set<String> namesA, Set<String> namesB,
      Predicate<String> rarePeople, Set<String> wordsA, Set<String> wordsB,
      Function<String, Set<String>> nameWords) {
    return StoryGrouper.otherKind(namesA, namesB, rarePeople, wordsA, wordsB, nameWords);
  }

  /** The words of an entity's name and aliases, read as lead words are ({@code null}: none). */
  public static Set<String> nameWords(Entity e) {
    return StoryGrouper.nameWords(LEAD_KEYWORDS, e);
  }

  /** Whether two articles of these {@link #day}s sharing {@code shared} keys may be linked. */
  public static boolean linkable(long dayA, long dayB, int shared) {
    return StoryGrouper.linkable(dayA, dayB, shared);
  }

  /**
   * The grouper's unions over a part of the run closed under its links and copies: each
   * article's story as the index of its first article. {@code ids} and {@code days} list the
   * part's articles in the run's order (date key, then id); {@code copies} holds
   * {copy, original} index pairs, {@code links} the linkable links {a, b, shared, min} (sorted
   * here); {@code maxSize} is the run's {@link #maxStory}.
   */
  public static int[] roots(String[] ids, long[] days, int maxSize, List<int[]> copies,
      List<long[]> links) {
    return StoryGrouper.roots(ids, days, maxSize, copies, links);
  }
}
