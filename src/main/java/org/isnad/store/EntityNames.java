package org.isnad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.store.CaseView.EntityHit;
import org.isnad.text.ArabicNormalizer;

/**
 * The entities of a case found by name, for a reader picking an actor or a place as they type.
 * Names and query are compared after the standard Arabic normalisation (hamza seats, alef
 * maqsura, taa marbuta, diacritics, tatweel, Persian letters), so "الاسد" finds «الأسد» and,
 * inside a word, «بالأسد». Order, best first:
 *
 * <ul>
 *   <li>a name equal to the query, then a name with a word starting with it, then a name
 *       holding it anywhere (an entity ranks by its best name);
 *   <li>then more mentions first, then id.
 * </ul>
 *
 * <p>No query lists every entity (of the kind asked) by mentions. Built once per case (the
 * in-memory view at construction, the store's view per store version); immutable, thread safe.
 *
 * <p>Design decision: a lookup must cost well under a millisecond on a case of 100,000
 * entities, since a reader's every keystroke asks one. The entities are numbered once in the
 * order of the last two rules (more mentions, then id), and every suffix of every folded name
 * is sorted (a suffix array, about 1.6 million on 31,030 SaudiNewsNet articles). A query is two
 * binary searches for the block of suffixes starting with it: each is one place the query
 * occurs, equal to its name when it starts the name and ends with it, at a word's start when it
 * starts the name or follows a space. Those places fill one bit set per rank, indexed by the
 * entity's number, so the page is read off the sets in order and the total is their sizes: no
 * scan of the names and no sort per query, and the same answers as a scan (checked against
 * one by {@code EntityNamesPropertyTest}).
 */
final class EntityNames {
  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
  private static final Comparator<Entity> NUMBERING = Comparator
      .comparingInt(Entity::mentionCount).reversed().thenComparing(Entity::id);
  /** The entities, numbered by mentions (more first), then id, then the order given. */
  private final List<Named> entries;
  /** Every folded name; {@code entryOf[n]} is the number of the entity that has name n. */
  private final String[] names;
  private final int[] entryOf;
  /** Where each query occurs in the names. */
  private final NameSuffixes suffixes;
  /** Per entity type (by ordinal), the entities of that type as a bit set over numbers. */
  private final long[][] ofKind;

  EntityNames(List<Entity> entities) {
    this(entities, true);
  }

  /**
   * The names of {@code entities}, with their suffixes sorted when {@code indexed}; without, a
   * lookup scans every name (a few milliseconds on 87,761 entities, where sorting the suffixes
   * takes 1–3 s): what a server answers with while it builds the index ({@link #indexed}).
   */
  EntityNames(List<Entity> entities, boolean indexed) {
    List<Entity> numbered = entities.stream().sorted(NUMBERING).toList();
    this.entries = numbered.stream().map(Named::of).toList();
    int count = entries.stream().mapToInt(n -> n.folded().size()).sum();
    this.names = new String[count];
    this.entryOf = new int[count];
    int n = 0;
    for (int e = 0; e < entries.size(); e++) {
      for (String name : entries.get(e).folded()) {
        names[n] = name;
        entryOf[n] = e;
        n++;
      }
    }
    this.suffixes = indexed ? new NameSuffixes(names) : null;
    this.ofKind = kinds();
  }

  private EntityNames(EntityNames scanning) {
    this.entries = scanning.entries;
    this.names = scanning.names;
    this.entryOf = scanning.entryOf;
    this.ofKind = scanning.ofKind;
    this.suffixes = new NameSuffixes(names);
  }

  /** Whether lookups go through the sorted suffixes rather than a scan of the names. */
  boolean isIndexed() {
    return suffixes != null;
  }

  /** These names with their suffixes sorted (this when they are); the same answers, faster. */
  EntityNames indexed() {
    return isIndexed() ? this : new EntityNames(this);
  }

  private long[][] kinds() {
    long[][] kinds = new long[EntityType.values().length][words()];
    for (int e = 0; e < entries.size(); e++) {
      set(kinds[entries.get(e).entity().type().ordinal()], e);
    }
    return kinds;
  }

  private int words() {
    return (entries.size() + 63) >>> 6;
  }

  /**
   * A page of the entities of {@code kind} ({@code null}: any) named by {@code query}
   * ({@code null}: all).
   *
   * @throws IllegalArgumentException when the query normalises to no letter or digit
   */
  Page<EntityHit> find(String query, EntityType kind, PageRequest page) {
    Objects.requireNonNull(page, "page");
    if (query == null) {
      long[] all = kind == null ? everyEntity() : ofKind[kind.ordinal()];
      return page(List.of(all), null, page);
    }
    String q = normalizedQuery(query);
    long[][] ranks = ranks(q);
    for (long[] rank : ranks) {
      if (kind != null) {
        and(rank, ofKind[kind.ordinal()]);
      }
    }
    return page(List.of(ranks), q, page);
  }

  private long[] everyEntity() {
    long[] all = new long[words()];
    for (int e = 0; e < entries.size(); e++) {
      set(all, e);
    }
    return all;
  }

  /** The entities by their best rank for {@code q}: equal, a word's start, inside. */
  private long[][] ranks(String q) {
    long[] equal = new long[words()];
    long[] wordStart = new long[words()];
    long[] inside = new long[words()];
    occurrences(q, (name, at) -> {
      int entry = entryOf[name];
      if (at == 0 && names[name].length() == q.length()) {
        set(equal, entry);
      } else if (at == 0 || Character.isWhitespace(names[name].charAt(at - 1))) {
        set(wordStart, entry);
      } else {
        set(inside, entry);
      }
    });
    for (int w = 0; w < equal.length; w++) {
      wordStart[w] &= ~equal[w];
      inside[w] &= ~(equal[w] | wordStart[w]);
    }
    return new long[][] {equal, wordStart, inside};
  }

  /** Each place {@code q} occurs in a name: through the suffixes, or by a scan of the names. */
  private void occurrences(String q, NameSuffixes.Occurrence each) {
    if (suffixes != null) {
      suffixes.occurrences(q, each);
      return;
    }
    for (int name = 0; name < names.length; name++) {
      for (int at = names[name].indexOf(q); at >= 0; at = names[name].indexOf(q, at + 1)) {
        each.at(name, at);
      }
    }
  }

  /** The page read off the bit sets in order, each set in number order. */
  private Page<EntityHit> page(List<long[]> ranks, String q, PageRequest page) {
    List<EntityHit> items = new ArrayList<>();
    long total = 0;
    int skip = page.offset();
    for (long[] rank : ranks) {
      for (int w = 0; w < rank.length; w++) {
        long bits = rank[w];
        int n = Long.bitCount(bits);
        total += n;
        if (skip >= n) {
          skip -= n;
          continue;
        }
        for (; bits != 0 && items.size() < page.limit(); bits &= bits - 1) {
          if (skip > 0) {
            skip--;
          } else {
            items.add(entries.get((w << 6) + Long.numberOfTrailingZeros(bits)).hit(q));
          }
        }
        skip = 0;
      }
    }
    return new Page<>(items, total, page.offset(), page.limit());
  }

  private static void set(long[] bits, int i) {
    bits[i >>> 6] |= 1L << i;
  }

  private static void and(long[] bits, long[] mask) {
    for (int w = 0; w < bits.length; w++) {
      bits[w] &= mask[w];
    }
  }

  /**
   * The query as names are matched against it; one that normalises to no letter or digit is a
   * caller's mistake.
   */
  static String normalizedQuery(String query) {
    if (query.isBlank()) {
      throw new IllegalArgumentException("q must not be empty: " + query);
    }
    String normalized = NORMALIZER.normalizeToString(query.strip());
    if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("q must hold a letter or digit: " + query);
    }
    return normalized;
  }

  /** An entity with its names normalised, the canonical name first. */
  private record Named(Entity entity, List<String> names, List<String> folded) {
    static Named of(Entity e) {
      List<String> names = new ArrayList<>(List.of(e.name()));
      e.aliases().stream().filter(a -> !a.equals(e.name())).forEach(names::add);
      return new Named(e, names, names.stream().map(NORMALIZER::normalizeToString).toList());
    }

    /** The hit, naming the first of its best-ranked names when that is not its own name. */
    EntityHit hit(String q) {
      if (q == null) {
        return hit(0);
      }
      int best = Integer.MAX_VALUE;
      int at = -1;
      for (int i = 0; i < folded.size(); i++) {
        int rank = rank(folded.get(i), q);
        if (rank < best) {
          best = rank;
          at = i;
        }
      }
      return hit(at);
    }

    private EntityHit hit(int name) {
      return new EntityHit(entity.id(), entity.name(), AnalysisView.type(entity),
          entity.mentionCount(), name == 0 ? null : names.get(name));
    }

    private static int rank(String name, String q) {
      if (name.equals(q)) {
        return 0;
      }
      for (int at = name.indexOf(q); at >= 0; at = name.indexOf(q, at + 1)) {
        if (at == 0 || Character.isWhitespace(name.charAt(at - 1))) {
          return 1;
        }
      }
      return name.contains(q) ? 2 : Integer.MAX_VALUE;
    }
  }
}
