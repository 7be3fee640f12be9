package org.isnad.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.DropReason;

/**
 * The boilerplate phrase lists of {@code boilerplate.txt}: for a line, the reason it is page
 * furniture, if any. Sections are tried in file order; within a section {@code =} means the whole
 * line, {@code ^} the start of the line, and a bare phrase anywhere in a line of at most
 * {@value #MAX_CONTAINS_CHARS} characters: a longer line is a paragraph that may cite a tweet or a
 * channel («قالت اللجنة الدولية للصليب الأحمر … في حسابها على تويتر إنه تم البدء في عمليات
 * إجلاء»), never dropped for a phrase it merely contains.
 *
 * <p>Immutable and thread safe; {@link #bundled()} is loaded once.
 */
final class PhraseLexicon {
  /** The longest line a phrase found inside it (not at its start) may drop. */
  static final int MAX_CONTAINS_CHARS = 200;
  private record Phrase(String text, char mode) {
    boolean matches(String line, String bare) {
      return switch (mode) {
        case '=' -> bare.equals(text);
        case '^' -> line.startsWith(text);
        default -> line.length() <= MAX_CONTAINS_CHARS && line.contains(text);
      };
    }
  }

  private static final class Holder {
    static final PhraseLexicon BUNDLED = parse(ResourceLines.read("boilerplate.txt"));
  }

  private final Map<DropReason, List<Phrase>> phrases;

  private PhraseLexicon(Map<DropReason, List<Phrase>> phrases) {
    this.phrases = phrases;
  }

  static PhraseLexicon bundled() {
    return Holder.BUNDLED;
  }

  static PhraseLexicon parse(List<String> lines) {
    Map<DropReason, List<Phrase>> phrases = new EnumMap<>(DropReason.class);
    List<Phrase> current = null;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        DropReason reason = reasonOf(line.substring(1, line.length() - 1));
        current = phrases.computeIfAbsent(reason, r -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalArgumentException("phrase before any [section]: " + line);
      } else {
        current.add(phrase(line));
      }
    }
    return new PhraseLexicon(phrases);
  }

  private static DropReason reasonOf(String code) {
    try {
      return DropReason.valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown section [" + code + "] in boilerplate.txt", e);
    }
  }

  private static Phrase phrase(String entry) {
    char mode = entry.charAt(0) == '=' || entry.charAt(0) == '^' ? entry.charAt(0) : '~';
    String text = mode == '~' ? entry : entry.substring(1);
    return new Phrase(mode == '=' ? bare(MatchText.of(text)) : MatchText.of(text), mode);
  }

  /** The reason {@code matchText} (already {@link MatchText normalised}) is furniture. */
  Optional<DropReason> reasonFor(String matchText) {
    String bare = bare(matchText);
    for (Map.Entry<DropReason, List<Phrase>> section : phrases.entrySet()) {
      for (Phrase phrase : section.getValue()) {
        if (phrase.matches(matchText, bare)) {
          return Optional.of(section.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The number of words of the {@code ^} phrase of {@code reason} that {@code matchText} starts
   * with, or 0 when it starts with none.
   */
  int leadingPhraseWords(String matchText, DropReason reason) {
    for (Phrase phrase : phrases.getOrDefault(reason, List.of())) {
      if (phrase.mode() == '^' && matchText.startsWith(phrase.text())) {
        return phrase.text().split(" ").length;
      }
    }
    return 0;
  }

  /**
   * The number of words before the first phrase of {@code reason} found inside
   * {@code matchText} (a phrase matched anywhere, not at the start), or -1 when none is.
   */
  int wordsBeforeContainedPhrase(String matchText, DropReason reason) {
    for (Phrase phrase : phrases.getOrDefault(reason, List.of())) {
      int at = phrase.mode() == '~' ? matchText.indexOf(phrase.text()) : -1;
      if (at >= 0) {
        return (int) matchText.substring(0, at).chars().filter(c -> c == ' ').count();
      }
    }
    return -1;
  }

  /** The line without list bullets in front and punctuation or spaces at the end. */
  static String bare(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && "•·-*–|".indexOf(text.charAt(start)) >= 0 || start < end
        && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && ":.…!|-– ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }
}
