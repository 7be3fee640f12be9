package org.isnad.annotate.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;
import org.isnad.text.RuleFile;

/**
 * The event trigger words and modality markers of {@code event-triggers.txt} and
 * {@code event-modality.txt}, and the phrases of {@code event-references.txt}. Immutable and thread safe.
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
  private final List<Marker> markers = new ArrayList<>();
  private final List<List<String>> references = new ArrayList<>();
  private final java.util.Set<String> aftermathTypes = new java.util.HashSet<>();
  private final List<String> aftermathWords = new ArrayList<>();

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
      String[] f = line.split("\t");
      if (f.length != 2 || !(f[0].strip().equals("TYPE") || f[0].strip().equals("WORD"))) {
        throw new IllegalStateException("event-aftermath.txt: expected TYPE|WORD<TAB>value, got: "
            + line);
      }
      (f[0].strip().equals("TYPE") ? lexicon.aftermathTypes : lexicon.aftermathWords)
          .add(f[1].strip());
    }
    lexicon.prefixes.sort((a, b) -> b.getKey().length() - a.getKey().length());
    return lexicon;
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
    if (entry != null) {
      return entry;
    }
    for (Map.Entry<String, Entry> prefix : prefixes) {
      if (form.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return null;
  }

  List<Marker> markers() {
    return markers;
  }

  /**
   * Whether a report of {@code type} after the word {@code form} (normalised, with its glued
   * و/ف if any) is told at a funeral or a condolence ({@code event-aftermath.txt}).
   */
  boolean aftermath(String type, String form) {
    if (!aftermathTypes.contains(type)) {
      return false;
    }
    String bare = org.isnad.text.ArabicLetters.withoutConjunction(form);
    for (String w : aftermathWords) {
      boolean prefix = w.endsWith("*");
      String stem = prefix ? w.substring(0, w.length() - 1) : w;
      for (String f : bare.equals(form) ? List.of(form) : List.of(form, bare)) {
        if (prefix ? f.startsWith(stem) : f.equals(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The phrases that make an event word a reference to an event told elsewhere. */
  List<List<String>> references() {
    return references;
  }
}
