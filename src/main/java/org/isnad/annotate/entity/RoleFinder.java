package org.isnad.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.EntityType;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;
import org.isnad.text.SpanIndex;

/**
 * Titles and positions in normalised text: a head word from {@code role-heads.txt} and the
 * genitive chain after it ("المتحدث باسم الكرملين", "وزير الخارجية الإيراني"), up to a name
 * found by the tagger, punctuation, a function word, or {@value #MAX_WORDS} words. Thread safe.
 */
final class RoleFinder {
  private static final int MAX_WORDS = 6;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
  private static final Set<String> FUNCTION_WORDS = TextWords.normalizedRules(
      "function-words.txt", org.isnad.text.SpeechVerbs.Tag.FUNCTION);
  private static final String CLITICS = org.isnad.text.Proclitics.letters();
  private final Set<String> heads = new HashSet<>();

  RoleFinder() {
    for (String line : RuleFile.read(RoleFinder.class, "role-heads.txt")) {
      heads.add(ArabicNormalizer.standard().normalizeToString(line).split(" ")[0]);
    }
  }

  /** Roles in {@code text}; {@code names} are the tagger's names, which end a role. */
  List<RawMention> find(String text, List<RawMention> tagged) {
    SpanIndex<RawMention> names = SpanIndex.of(tagged, RawMention::start, RawMention::end);
    List<RawMention> roles = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      boolean clitic = !heads.contains(word) && word.length() > 3
          && CLITICS.indexOf(word.charAt(0)) >= 0 && heads.contains(word.substring(1));
      if (!heads.contains(word) && !clitic || startsName(m.start(), names)) {
        continue;
      }
      int start = m.start() + (clitic ? 1 : 0);
      int end = m.end();
      int count = 1;
      while (count < MAX_WORDS && m.find()) {
        String next = m.group();
        if (!Character.isLetter(next.charAt(0)) || FUNCTION_WORDS.contains(next)
            || startsName(m.start(), names) || (heads.contains(next) && count > 1)) {
          break;
        }
        end = m.end();
        count++;
      }
      roles.add(new RawMention(start, end, EntityType.ROLE));
      m.region(end, text.length());
    }
    return roles;
  }

  private static boolean startsName(int at, SpanIndex<RawMention> names) {
    return names.firstContaining(at) != null;
  }
}
