package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.store.CaseView.EntityHit;
import org.isnad.text.ArabicNormalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Property: the indexed name lookup ({@link EntityNames}) answers every query, kind and page as
 * the plain scan it replaced ({@link Scan}, kept here as the reference): same hits, same order,
 * same aliases, same totals. Names are drawn from a few Arabic stems in their hamza forms, with
 * diacritics, tatweel, clitics, Persian letters and ties on mentions, so that every rank and
 * every tie-break is met; queries are pieces of the names and letters typed by hand. Fixed seed.
 */
class EntityNamesPropertyTest {
  private static final List<String> STEMS = List.of("الأسد", "الاسد", "إسد", "أسد", "بوتين",
      "بوتين", "عبد الله", "عبدالله", "السعودية", "السعوديه", "سلمى", "سلمي", "كاظم", "کاظم",
      "یاسر", "ياسر", "مؤتمر", "مأتم", "آل سعود", "حزب الله", "دمشق");
  private static final List<String> PREFIXES = List.of("", "", "", "و", "ب", "ال", "لل", "وب",
      "فال");
  private static final List<String> MARKS = List.of("\u064E", "\u0650", "\u0651", "\u0640", "");
  private static final List<String> TYPED = List.of("الاسد", "اسد", "بوت", "السعودية", "عبد",
      "عبد ال", "سلمى", "ياسر", "مؤ", "ا", "د", "ل", "ال", "آل", "كاظم", "ه", "nothing",
      "الأسَد", "ـبوتـين");

  @Property(tries = 60, seed = "20261207", shrinking = ShrinkingMode.OFF)
  void theIndexAnswersAsTheScan(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 80) int count) {
    Random random = new Random(seed);
    List<Entity> entities = entities(count, random);
    EntityNames fast = new EntityNames(entities);
    // what a server answers with while it sorts the suffixes, and the same names once sorted
    EntityNames scanning = new EntityNames(entities, false);
    EntityNames sorted = scanning.indexed();
    Scan scan = new Scan(entities);
    List<String> queries = new ArrayList<>(TYPED);
    queries.add(null);
    for (int i = 0; i < 12 && !entities.isEmpty(); i++) {
      queries.add(piece(entities.get(random.nextInt(entities.size())), random));
    }
    for (String q : queries) {
      for (EntityType kind : new EntityType[] {null, EntityType.PERSON, EntityType.PLACE}) {
        for (PageRequest page : List.of(new PageRequest(0, 200), new PageRequest(0, 3),
            new PageRequest(2, 5), new PageRequest(random.nextInt(count + 2), 1 + random
                .nextInt(7)), new PageRequest(500, 10))) {
          Object expected = answer(() -> scan.find(q, kind, page));
          assertEquals(expected, answer(() -> fast.find(q, kind, page)), q + " " + kind + " "
              + page);
          assertEquals(expected, answer(() -> scanning.find(q, kind, page)), "scanning " + q);
          assertEquals(expected, answer(() -> sorted.find(q, kind, page)), "sorted " + q);
        }
      }
    }
  }

  /** The page, or the mistake named (a query without letters is refused by both). */
  private static Object answer(Supplier<Page<EntityHit>> find) {
    try {
      return find.get();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void aQueryWithoutLetterIsRefusedAsByTheScan() {
    EntityNames names = new EntityNames(List.of(new Entity("e1", EntityType.PERSON,
        "بشار الأسد", List.of("الأسد"), 3)));
    assertThrows(IllegalArgumentException.class, () -> names.find("  ", null,
        PageRequest.first()));
    assertThrows(IllegalArgumentException.class, () -> names.find("\u064E", null,
        PageRequest.first()));
  }

  @Test
  void hamzaFormsAndCliticsAreFoundInRankOrder() {
    EntityNames names = new EntityNames(List.of(
        new Entity("e1", EntityType.PERSON, "بشار الأسد", List.of("الأسد"), 3),
        new Entity("e2", EntityType.PERSON, "بالأسد", List.of(), 9),
        new Entity("e3", EntityType.PLACE, "الأسد", List.of(), 1),
        new Entity("e4", EntityType.PERSON, "سليمان الاسد", List.of(), 5)));
    Page<EntityHit> page = names.find("الاسد", null, PageRequest.first());
    // e1's other name equals the query and it has more mentions than e3
    assertEquals(List.of("e1", "e3", "e4", "e2"), page.items().stream().map(EntityHit::id)
        .toList());
    assertEquals("الأسد", page.items().get(0).alias());
    assertEquals(null, page.items().get(1).alias());
    assertEquals(4, page.total());
  }

  private static List<Entity> entities(int count, Random random) {
    List<Entity> out = new ArrayList<>();
    EntityType[] types = {EntityType.PERSON, EntityType.PLACE, EntityType.ORG};
    for (int i = 0; i < count; i++) {
      List<String> aliases = new ArrayList<>();
      for (int a = random.nextInt(3); a > 0; a--) {
        aliases.add(name(random));
      }
      // ids repeat now and then, as do mentions, so the last tie-break (the order given) counts
      out.add(new Entity("e" + random.nextInt(count + 1), types[random.nextInt(3)],
          name(random), aliases, random.nextInt(4)));
    }
    return out;
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder();
    for (int w = random.nextInt(3); w >= 0; w--) {
      if (name.length() > 0) {
        name.append(random.nextInt(6) == 0 ? "  " : " ");
      }
      name.append(PREFIXES.get(random.nextInt(PREFIXES.size())));
      String stem = STEMS.get(random.nextInt(STEMS.size()));
      int cut = random.nextInt(stem.length());
      name.append(stem, 0, cut).append(MARKS.get(random.nextInt(MARKS.size())))
          .append(stem.substring(cut));
    }
    return name.toString();
  }

  /** A stretch of one of the entity's names, as a reader might type it. */
  private static String piece(Entity e, Random random) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    String name = names.get(random.nextInt(names.size()));
    int from = random.nextInt(name.length());
    int to = from + 1 + random.nextInt(name.length() - from);
    String piece = name.substring(from, to);
    return piece.codePoints().anyMatch(Character::isLetterOrDigit) ? piece : name;
  }

  /** The lookup as it was: every name of every entity scanned, the hits sorted. */
  static final class Scan {
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private static final Comparator<Found> ORDER = Comparator.comparingInt(Found::rank)
        .thenComparing(Comparator.comparingInt((Found f) -> f.hit().mentions()).reversed())
        .thenComparing(f -> f.hit().id());
    private final List<Named> entries;

    Scan(List<Entity> entities) {
      this.entries = entities.stream().map(Named::of).toList();
    }

    Page<EntityHit> find(String query, EntityType kind, PageRequest page) {
      String q = query == null ? null : EntityNames.normalizedQuery(query);
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
}
