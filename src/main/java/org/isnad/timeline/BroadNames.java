package org.isnad.timeline;

import static org.isnad.text.GrammarWords.ALEF;
import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.BI;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.FEMININE_ENDING;
import static org.isnad.text.GrammarWords.FI;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.NISBA;
import static org.isnad.text.GrammarWords.NISBA_FEM;
import static org.isnad.text.GrammarWords.NISBA_PLURAL;
import static org.isnad.text.GrammarWords.NISBA_PLURAL_OBLIQUE;
import static org.isnad.text.GrammarWords.WA;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.model.Entity;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * The entities of a run too broad to tie reports or articles on their own: countries (the name
 * tagger's {@code countries.txt}), other spellings, regions and blocs ({@code broad-names.txt}),
 * matched on the entity's name or any alias, normalised and without ال. Immutable and thread
 * safe.
 */
final class BroadNames {
  /** The glued words a broad name may follow (و ب ل ف, وب, في and a space). */
  private static final String[] CLITICS = {WA, BI, LI, FA, WA + BI, FI + " "};
  private static final Set<String> COUNTRIES = countries();
  private static final Set<String> NAMES = load();
  private static final Set<String> COUNTRY_WORDS = countryWords(NAMES);
  private final Set<String> ids = new HashSet<>();
  private final Set<String> countryIds = new HashSet<>();

  /** The broad entities among {@code entities} (entity id → entity). */
  BroadNames(Map<String, Entity> entities) {
    this(entities, TimelineRecall.none());
  }

  /** As the other constructor, recalling from {@code recall} what each name is. */
  BroadNames(Map<String, Entity> entities, TimelineRecall recall) {
    // each entity's names are read alone (once each): in parallel, then gathered
    entities.entrySet().parallelStream().map(e -> read(e.getKey(), e.getValue(), recall))
        .toList()
        .forEach(read -> {
          if (read.broad()) {
            ids.add(read.id());
          }
          if (read.country()) {
            countryIds.add(read.id());
          }
        });
  }

  /** Whether an entity is broad, and whether it is a country. */
  private record Read(String id, boolean broad, boolean country) {}

  /** What one name says: whether it is broad, and whether it is a country. */
  enum Kind {
    SPECIFIC, BROAD, COUNTRY;

    /** What {@code name} is, read from its key ({@code countries.txt} names are broad too). */
    static Kind of(String name) {
      String key = key(name);
      return COUNTRIES.contains(key) ? COUNTRY : NAMES.contains(key) ? BROAD : SPECIFIC;
    }
  }

  private static Read read(String id, Entity e, TimelineRecall recall) {
    boolean broad = false;
    boolean country = false;
    for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()),
        e.aliases().stream()).toList()) {
      Kind kind = recall.nameKinds.get(name, Kind::of);
      broad |= kind != Kind.SPECIFIC;
      country |= kind == Kind.COUNTRY;
    }
    return new Read(id, broad, country);
  }

  boolean contains(String entityId) {
    return ids.contains(entityId);
  }

  /** Whether the entity is a country (the name tagger's {@code countries.txt}). */
  boolean country(String entityId) {
    return countryIds.contains(entityId);
  }

  /**
   * The words that name a country or a people of one: each broad name of one word and its
   * adjectives ("سوريا" → سوري، سورية، سوريون، سوريين; "لبنان" → لبناني), read as clause words are
   * ({@link LeadKeywords#stem}). Such a word says where, as broadly as a country: it ties no two
   * reports or articles.
   */
  static Set<String> countryWords() {
    return COUNTRY_WORDS;
  }

  private static Set<String> countryWords(Set<String> names) {
    Set<String> words = new HashSet<>();
    for (String name : names) {
      if (name.contains(" ")) {
        continue;
      }
      String bare = name.endsWith(ALEF) || name.endsWith(FEMININE_ENDING)
          ? name.substring(0, name.length() - 1) : name;
      for (String form : new String[] {name, bare, bare + NISBA, bare + NISBA_FEM,
          bare + NISBA_PLURAL, bare + NISBA_PLURAL_OBLIQUE, bare + NISBA + ALEF}) {
        words.add(LeadKeywords.stem(form));
        words.add(LeadKeywords.stem(ARTICLE + form));
      }
    }
    return Set.copyOf(words);
  }

  static boolean broad(String name) {
    return NAMES.contains(key(name));
  }

  private static String normal(String name) {
    String n = ArabicNormalizer.standard().normalizeToString(name).strip();
    return n.startsWith(ARTICLE) && n.length() > 4 ? n.substring(2) : n;
  }

  private static String key(String name) {
    String n = normal(name);
    for (String clitic : CLITICS) {
      String rest = n.startsWith(clitic) ? normal(n.substring(clitic.length())) : null;
      if (rest != null && NAMES.contains(rest)) {
        return rest;
      }
    }
    return n;
  }

  private static Set<String> countries() {
    Set<String> names = new HashSet<>();
    for (String line : RuleFile.read(PerceptronTagger.class, "countries.txt")) {
      names.add(normal(line));
    }
    return Set.copyOf(names);
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>(COUNTRIES);
    for (String line : RuleFile.read(BroadNames.class, "broad-names.txt")) {
      names.add(normal(line));
    }
    return Set.copyOf(names);
  }
}
