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
 */
final class EntityNames {
  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
  private static final Comparator<Found> ORDER = Comparator.comparingInt(Found::rank)
      .thenComparing(Comparator.comparingInt((Found f) -> f.hit().mentions()).reversed())
      .thenComparing(f -> f.hit().id());
  private final List<Named> entries;

  EntityNames(List<Entity> entities) {
    this.entries = entities.stream().map(Named::of).toList();
  }

  /**
   * A page of the entities of {@code kind} ({@code null}: any) named by {@code query}
   * ({@code null}: all).
   *
   * @throws IllegalArgumentException when the query normalises to no letter or digit
   */
  Page<EntityHit> find(String query, EntityType kind, PageRequest page) {
    Objects.requireNonNull(page, "page");
    String q = query == null ? null : normalizedQuery(query);
    List<Found> found = new ArrayList<>();
    for (Named n : entries) {
      if (kind == null || n.entity().type() == kind) {
        Found f = n.match(q);
        if (f != null) {
          found.add(f);
        }
      }
    }
    found.sort(ORDER);
    return Page.of(found.stream().map(Found::hit).toList(), page);
  }

  /**
   * The query as names are matched against it; one that normalises to no letter or digit is a
   * caller's mistake.
   */
  private static String normalizedQuery(String query) {
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

    Found match(String q) {
      if (q == null) {
        return new Found(0, hit(null));
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
      return at < 0 ? null : new Found(best, hit(at == 0 ? null : names.get(at)));
    }

    private EntityHit hit(String alias) {
      return new EntityHit(entity.id(), entity.name(), AnalysisView.type(entity),
          entity.mentionCount(), alias);
    }

    private static int rank(String name, String q) {
      if (name.equals(q)) {
        return 0;
      }
      int at = name.indexOf(q);
      if (at < 0) {
        return Integer.MAX_VALUE;
      }
      for (; at >= 0; at = name.indexOf(q, at + 1)) {
        if (at == 0 || Character.isWhitespace(name.charAt(at - 1))) {
          return 1;
        }
      }
      return 2;
    }
  }

  private record Found(int rank, EntityHit hit) { }
}
