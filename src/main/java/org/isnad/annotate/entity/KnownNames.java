package org.isnad.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.EntityType;
import org.isnad.text.RuleFile;

/**
 * Names whose type is known ({@code known-names.txt}): "الأمم المتحدة" an ORG, "قطاع غزة" and
 * "قاعدة حميميم" PLACEs. Found as the longest listed run of up to {@value #MAX_WORDS} words, a
 * glued proclitic left outside the span. Immutable and thread safe.
 */
final class KnownNames {
  private static final int MAX_WORDS = 6;
  private static final KnownNames BUNDLED = new KnownNames(
      RuleFile.read(KnownNames.class, "known-names.txt"));
  private final Map<String, EntityType> types = new HashMap<>();
  /** The first word of every listed name: a run that starts elsewhere is no listed name. */
  private final java.util.Set<String> firstWords = new java.util.HashSet<>();

  KnownNames(List<String> lines) {
    for (String line : lines) {
      String[] fields = line.split("\t");
      EntityType type = EntityType.valueOf(fields[0].strip());
      for (int i = 1; i < fields.length; i++) {
        String name = TextWords.normalize(fields[i]);
        types.putIfAbsent(name, type);
        firstWords.add(name.split(" ", 2)[0]);
      }
    }
  }

  static KnownNames bundled() {
    return BUNDLED;
  }

  /** The type of a normalised phrase, or {@code null} when it is not listed. */
  EntityType type(String phrase) {
    return types.get(TextWords.normalize(phrase));
  }

  List<RawMention> find(TextWords words) {
    List<RawMention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      RawMention m = longest(words, i);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = words.indexAt(m.end());
      }
    }
    return found;
  }

  private RawMention longest(TextWords words, int first) {
    String bare = words.bare(first);
    if (!firstWords.contains(words.word(first)) && (bare == null || !firstWords.contains(bare))) {
      return null;
    }
    RawMention best = null;
    StringBuilder phrase = new StringBuilder(words.word(first));
    StringBuilder barePhrase = new StringBuilder(bare == null ? "" : bare);
    for (int j = first; j < words.size() && j < first + MAX_WORDS; j++) {
      if (j > first) {
        if (!words.joinedToNext(j - 1)) {
          break;
        }
        phrase.append(' ').append(words.word(j));
        barePhrase.append(' ').append(words.word(j));
      }
      EntityType type = types.get(phrase.toString());
      if (type != null) {
        best = new RawMention(words.start(first), words.end(j), type);
      } else if (bare != null && (type = types.get(barePhrase.toString())) != null) {
        best = new RawMention(words.start(first) + 1, words.end(j), type);
      }
    }
    return best;
  }
}
