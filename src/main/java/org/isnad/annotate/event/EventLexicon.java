package org.isnad.annotate.event;

import static org.isnad.text.GrammarWords.NAME_PROCLITICS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;
import org.isnad.text.RuleFile;

/**
 * The event trigger words and modality markers of {@code event-triggers.txt} and
 * {@code event-modality.txt}, the phrases of {@code event-references.txt}, the funeral and cause
 * words of {@code event-aftermath.txt}, the vetoes of {@code event-vetoes.txt} and the forward
 * time words of {@code event-forward-times.txt}. Immutable and thread safe.
 */
final class EventLexicon {
  /** A modality phrase: its words, normalised. */
  record Marker(Modality modality, List<String> words) {}

  /**
   * A trigger form and the words of which one must ({@code needs}) or none may ({@code bars})
   * follow it within {@value #CONTEXT} words, and the words that may not come right before it
   * ({@code barsBefore}: "مناطق سيطرة" is a state, not a capture); patterns ending in {@code *}
   * match a word's beginning. In the file a context is {@code a|b|c} (needs) or {@code !a|b|c}
   * (bars), and an optional fourth field {@code <a|b} the words barred before.
   */
  record Entry(String type, List<String> needs, List<String> bars, List<String> barsBefore) {
    /** Whether the word before the trigger (in its possible forms) allows it. */
    boolean allowsBefore(List<String> before) {
      return before.stream().noneMatch(form -> matchesAny(form, barsBefore));
    }

    /** Whether the words after the trigger (each given in its possible forms) allow it. */
    boolean allows(List<List<String>> following) {
      boolean needed = needs.isEmpty();
      for (List<String> forms : following) {
        for (String form : forms) {
          if (matchesAny(form, bars)) {
            return false;
          }
          needed |= matchesAny(form, needs);
        }
      }
      return needed;
    }

    private static boolean matchesAny(String form, List<String> patterns) {
      for (String p : patterns) {
        if (p.endsWith("*") ? form.startsWith(p.substring(0, p.length() - 1)) : form.equals(p)) {
          return true;
        }
      }
      return false;
    }
  }

  /** How many words after a trigger its context looks at. */
  static final int CONTEXT = 2;
  private final Map<String, Entry> exact = new HashMap<>();
  private final List<Map.Entry<String, Entry>> prefixes = new ArrayList<>();
  /** {@link #prefixes} by their letters: the longest that begins a form wins. */
  private final org.isnad.text.PrefixTree<Entry> prefixTree = new org.isnad.text.PrefixTree<>();
  private final List<Marker> markers = new ArrayList<>();
  private final List<List<String>> references = new ArrayList<>();
  private final java.util.Set<String> funeralTypes = new java.util.HashSet<>();
  private final java.util.Set<String> causeTypes = new java.util.HashSet<>();
  private final List<List<String>> aftermathWords = new ArrayList<>();
  private final List<List<String>> causeWords = new ArrayList<>();
  private final Map<String, List<String>> vetoes = new HashMap<>();
  /** {@link #vetoes} by type, by their first letter. */
  private final Map<String, ByFirstLetter<String>> vetoesByFirst = new HashMap<>();
  /** {@link #aftermathWords} by the first letter of their first word. */
  private ByFirstLetter<List<String>> aftermathByFirst;
  /** Words of a field ({@code article-vetoes.txt}) by the trigger types they veto in it. */
  private final Map<String, List<String>> articleVetoes = new HashMap<>();
  /** {@link #articleVetoes} split into whole words and stems (a {@code *} entry), by type. */
  private final Map<String, FieldWords> fields = new HashMap<>();

  /** The words of one field: whole words, and stems that begin a word. */
  private record FieldWords(java.util.Set<String> exact, List<String> stems) {
    static FieldWords of(List<String> list) {
      java.util.Set<String> exact = new java.util.HashSet<>();
      List<String> stems = new ArrayList<>();
      for (String v : list) {
        if (v.endsWith("*")) {
          stems.add(v.substring(0, v.length() - 1));
        } else {
          exact.add(v);
        }
      }
      return new FieldWords(java.util.Set.copyOf(exact), List.copyOf(stems));
    }
  }
  /** How many different words of a field make an article belong to it. */
  static final int FIELD_WORDS = 3;
  private final java.util.Set<String> forwardTimeWords = new java.util.HashSet<>();
  /** Words before a time that tie it to a birth or a founding ({@code event-untied-times.txt}). */
  private final java.util.Set<String> untiedAlways = new java.util.HashSet<>();
  /** Words before a time that make it a span's edge, untied only when far from the page's day. */
  private final java.util.Set<String> untiedFar = new java.util.HashSet<>();
  /** Words that join a span's two ends ("و"، "الى"). */
  private final java.util.Set<String> spanJoins = new java.util.HashSet<>();

  private EventLexicon() {}

  static EventLexicon bundled() {
    EventLexicon lexicon = new EventLexicon();
    for (String line : RuleFile.read(EventLexicon.class, "event-triggers.txt")) {
      lexicon.addTrigger(line);
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-modality.txt")) {
      String[] f = line.split("\t");
      if (f.length != 2 || f[1].isBlank()) {
        throw new IllegalStateException("event-modality.txt: expected MODALITY<TAB>phrase, got: "
            + line);
      }
      lexicon.markers.add(new Marker(Modality.valueOf(f[0].strip()),
          List.of(f[1].strip().split(" "))));
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-references.txt")) {
      lexicon.references.add(List.of(line.strip().split(" ")));
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-aftermath.txt")) {
      lexicon.addAftermath(line);
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-vetoes.txt")) {
      addVeto(lexicon.vetoes, "event-vetoes.txt", line);
    }
    for (String line : RuleFile.read(EventLexicon.class, "article-vetoes.txt")) {
      addVeto(lexicon.articleVetoes, "article-vetoes.txt", line);
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-forward-times.txt")) {
      lexicon.forwardTimeWords.add(line.strip());
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-untied-times.txt")) {
      lexicon.addUntied(line);
    }
    lexicon.prefixes.sort((a, b) -> b.getKey().length() - a.getKey().length());
    for (Map.Entry<String, Entry> prefix : lexicon.prefixes) {
      lexicon.prefixTree.put(prefix.getKey(), prefix.getValue());
    }
    lexicon.articleVetoes.forEach((type, list) -> lexicon.fields.put(type, FieldWords.of(list)));
    lexicon.fields.values().forEach(field -> {
      field.exact().forEach(w -> lexicon.fieldKeys.put(w, true));
      field.stems().forEach(w -> lexicon.fieldKeys.put(w, true));
    });
    lexicon.aftermathByFirst = ByFirstLetter.of(lexicon.aftermathWords, phrase -> phrase.get(0));
    lexicon.vetoes.forEach((type, words) -> lexicon.vetoesByFirst.put(type,
        ByFirstLetter.of(words, w -> w)));
    lexicon.exact.keySet().forEach(w -> lexicon.triggerKeys.put(w, true));
    lexicon.prefixes.forEach(p -> lexicon.triggerKeys.put(p.getKey(), true));
    return lexicon;
  }

  /**
   * Whether a time expression points forward from its own reference ("غداً الأحد", "الجمعة
   * المقبل"): one of its words is a forward time word, with or without a leading conjunction or
   * preposition.
   */
  boolean pointsForward(String timexText) {
    String normalized = org.isnad.text.ArabicNormalizer.standard().normalizeToString(timexText);
    for (String word : normalized.split("[^\\p{L}]+")) {
      if (forwardTimeWords.contains(word) || word.length() > 3
          && NAME_PROCLITICS.indexOf(word.charAt(0)) >= 0
          && forwardTimeWords.contains(word.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** A line {@code ALWAYS|FAR|JOIN<TAB>word} of {@code event-untied-times.txt}. */
  private void addUntied(String line) {
    String[] f = line.split("\t");
    if (f.length != 2 || f[1].isBlank()) {
      throw new IllegalStateException("event-untied-times.txt: expected KIND<TAB>word, got: "
          + line);
    }
    switch (f[0].strip()) {
      case "ALWAYS" -> untiedAlways.add(f[1].strip());
      case "FAR" -> untiedFar.add(f[1].strip());
      case "JOIN" -> spanJoins.add(f[1].strip());
      default -> throw new IllegalStateException("event-untied-times.txt: unknown kind: " + line);
    }
  }

  /**
   * Whether one of {@code words} (normalised; the two words before a time expression and its
   * first word) ties the time to something other than the event: a birth or a founding always,
   * a span's edge ("منذ"، "بين"، "حتى") only when {@code far}. A word matches with or without a
   * leading conjunction or preposition.
   */
  boolean untied(List<String> words, boolean far) {
    for (String word : words) {
      if (untiedWord(word, untiedAlways) || far && untiedWord(word, untiedFar)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code between} (normalised text between two time expressions) holds only joining
   * words of a span and punctuation: "و"، " - "، "الى".
   */
  boolean joinsSpan(String between) {
    boolean any = false;
    for (String word : between.split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!spanJoins.contains(word)) {
        return false;
      }
      any = true;
    }
    return any || between.strip().equals("-");
  }

  private static boolean untiedWord(String word, java.util.Set<String> set) {
    return set.contains(word) || word.length() > 3 && NAME_PROCLITICS.indexOf(word.charAt(0)) >= 0
        && set.contains(word.substring(1));
  }

  /** A line {@code TYPE[|TYPE…]<TAB>word}: the word vetoes triggers of each type. */
  private static void addVeto(Map<String, List<String>> into, String file, String line) {
    String[] f = line.split("\t");
    if (f.length != 2 || f[1].isBlank() || f[0].isBlank()) {
      throw new IllegalStateException(file + ": expected TYPE<TAB>word, got: " + line);
    }
    for (String type : f[0].split("\\|")) {
      into.computeIfAbsent(type.strip(), k -> new ArrayList<>()).add(f[1].strip());
    }
  }

  private void addAftermath(String line) {
    String[] f = line.split("\t");
    String kind = f.length == 2 ? f[0].strip() : "";
    switch (kind) {
      case "WORDTYPE" -> funeralTypes.add(f[1].strip());
      case "CAUSETYPE" -> causeTypes.add(f[1].strip());
      case "WORD" -> aftermathWords.add(List.of(f[1].strip().split(" ")));
      case "CAUSE" -> causeWords.add(List.of(f[1].strip().split(" ")));
      default -> throw new IllegalStateException(
          "event-aftermath.txt: expected WORDTYPE|CAUSETYPE|WORD|CAUSE<TAB>value, got: " + line);
    }
  }

  private void addTrigger(String line) {
    String[] f = line.split("\t");
    if (f.length < 2 || f.length > 4 || f[1].isBlank()) {
      throw new IllegalStateException("event-triggers.txt: expected TYPE<TAB>form[<TAB>context"
          + "[<TAB><before]], got: " + line);
    }
    List<String> needs = new ArrayList<>();
    List<String> bars = new ArrayList<>();
    List<String> before = new ArrayList<>();
    if (f.length == 4) {
      String b = f[3].strip();
      if (!b.startsWith("<")) {
        throw new IllegalStateException("event-triggers.txt: the fourth field starts with <: "
            + line);
      }
      before.addAll(List.of(b.substring(1).split("\\|")));
    }
    if (f.length >= 3 && !f[2].strip().equals("-")) {
      String context = f[2].strip();
      boolean barred = context.startsWith("!");
      for (String p : (barred ? context.substring(1) : context).split("\\|")) {
        (barred ? bars : needs).add(p);
      }
    }
    Entry entry = new Entry(f[0].strip(), List.copyOf(needs), List.copyOf(bars),
        List.copyOf(before));
    String form = f[1].strip();
    if (form.endsWith("*")) {
      prefixes.add(Map.entry(form.substring(0, form.length() - 1), entry));
    } else {
      exact.put(form, entry);
    }
  }

  /** The entry {@code form} triggers, or {@code null}. */
  Entry entry(String form) {
    Entry entry = exact.get(form);
    return entry != null ? entry : prefixTree.longest(form, 0, form.length());
  }

  List<Marker> markers() {
    return markers;
  }

  /**
   * Whether a report of {@code type} is told at a funeral, a condolence or as the cause of what
   * its sentence tells ({@code event-aftermath.txt}).
   *
   * @param before the forms of each word before the trigger in its sentence, in text order
   *     ({@link TriggerReader#forms})
   */
  boolean aftermath(String type, List<List<String>> before) {
    if (causeTypes.contains(type)) {
      for (List<String> p : causeWords) {
        if (p.size() <= before.size() && at(before, before.size() - p.size(), p)) {
          return true;
        }
      }
    }
    if (!funeralTypes.contains(type)) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      for (String form : before.get(i)) {
        for (List<String> phrase : aftermathByFirst.of(form)) {
          if (i + phrase.size() <= before.size() && at(before, i, phrase)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a sentence, given as the forms of its words ({@link TriggerReader#forms}), has a word
   * that makes a trigger of {@code type} mean something else ({@code event-vetoes.txt}).
   */
  boolean vetoed(String type, List<List<String>> words) {
    ByFirstLetter<String> veto = vetoesByFirst.get(type);
    if (veto == null) {
      return false;
    }
    for (List<String> w : words) {
      for (String form : w) {
        for (String v : veto.of(form)) {
          if (matches(form, v)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The trigger types an article's field vetoes: an article with {@value #FIELD_WORDS} different
   * words of a field ({@code article-vetoes.txt}: a match report has «مباراة», «الدوري»,
   * «لاعب») uses «الهجوم» and «إصابة» for a forward line and a strain, not an attack or a wound.
   * A field word is a listed word that is one of the forms of a word of the article
   * ({@link TriggerReader#forms}), or a listed stem ({@code *}) that begins one; each counts once.
   *
   * @param words the normalised Arabic words of the article, in any order, repeats allowed
   */
  java.util.Set<String> vetoedInArticle(Iterable<String> words) {
    FieldTally tally = new FieldTally();
    for (String word : words) {
      tally.add(fieldWordsOf(word));
    }
    return tally.vetoed();
  }

  /** Whether an article's field may veto triggers of {@code type} ({@code article-vetoes.txt}). */
  boolean fieldVetoes(String type) {
    return fields.containsKey(type);
  }

  /**
   * The field words ({@code article-vetoes.txt}) of an article's words, counted one word at a
   * time: what {@link #vetoedInArticle} gives. Not thread safe (one per article).
   */
  private static final class FieldTally {
    private final Map<String, java.util.Set<String>> seen = new HashMap<>();

    /** Counts the field words one word gives ({@link #fieldWordsOf}). */
    void add(Map<String, List<String>> fieldWords) {
      for (Map.Entry<String, List<String>> field : fieldWords.entrySet()) {
        seen.computeIfAbsent(field.getKey(), k -> new java.util.HashSet<>())
            .addAll(field.getValue());
      }
    }

    /** The trigger types vetoed by the words counted so far. */
    java.util.Set<String> vetoed() {
      java.util.Set<String> types = new java.util.HashSet<>();
      seen.forEach((type, words) -> {
        if (words.size() >= FIELD_WORDS) {
          types.add(type);
        }
      });
      return types;
    }
  }

  /** The listed field words and stems, to tell quickly that a word gives none. */
  private final org.isnad.text.PrefixTree<Boolean> fieldKeys = new org.isnad.text.PrefixTree<>();
  /** Every trigger form and prefix, to tell quickly that a word is no trigger. */
  private final org.isnad.text.PrefixTree<Boolean> triggerKeys = new org.isnad.text.PrefixTree<>();

  /**
   * The field words ({@code article-vetoes.txt}) one normalised word gives, by the type they veto:
   * a listed word equal to one of its forms, or a listed stem ({@code stem*}) that begins one.
   */
  Map<String, List<String>> fieldWordsOf(String word) {
    return beginsAnyForm(fieldKeys, word, false) ? findFieldWords(word) : Map.of();
  }

  /**
   * Whether a word may be a trigger ({@link TriggerReader}): false when no trigger form or prefix
   * begins one of its forms ({@link TriggerReader#formStarts}), or such a form without the future
   * prefix. Only a quick test: true says nothing.
   */
  boolean mayTrigger(String word) {
    return beginsAnyForm(triggerKeys, word, true);
  }

  /**
   * Whether a key begins one of the word's forms, read in place; with {@code future}, or such a
   * form without the future prefix ({@link TriggerReader#futureAt}).
   */
  private static boolean beginsAnyForm(org.isnad.text.PrefixTree<Boolean> keys, String word,
      boolean future) {
    int starts = TriggerReader.formStarts(word);
    for (int k = 0; starts >>> k != 0; k++) {
      if ((starts & 1 << k) != 0 && (keys.anyPrefix(word, k, word.length())
          || future && TriggerReader.futureAt(word, k)
          && keys.anyPrefix(word, k + 1, word.length()))) {
        return true;
      }
    }
    return false;
  }

  private Map<String, List<String>> findFieldWords(String word) {
    List<String> forms = TriggerReader.forms(word);
    Map<String, List<String>> found = new HashMap<>();
    fields.forEach((type, field) -> {
      List<String> keys = new ArrayList<>();
      for (String form : forms) {
        if (field.exact().contains(form)) {
          keys.add(form);
        }
        for (String stem : field.stems()) {
          if (form.startsWith(stem)) {
            keys.add(stem + "*");
          }
        }
      }
      if (!keys.isEmpty()) {
        found.put(type, List.copyOf(keys));
      }
    });
    return found.isEmpty() ? Map.of() : Map.copyOf(found);
  }

  /** Whether {@code phrase} is read at word {@code i} of {@code words}. */
  private static boolean at(List<List<String>> words, int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!matches(words.get(i + k), phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(List<String> forms, String word) {
    for (String f : forms) {
      if (matches(f, word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a form is {@code word}, or begins with it when it ends in {@code *}. */
  private static boolean matches(String form, String word) {
    boolean prefix = word.endsWith("*");
    int n = prefix ? word.length() - 1 : word.length();
    return (prefix ? form.length() >= n : form.length() == n)
        && form.regionMatches(0, word, 0, n);
  }

  /** The phrases that make an event word a reference to an event told elsewhere. */
  List<List<String>> references() {
    return references;
  }
}
