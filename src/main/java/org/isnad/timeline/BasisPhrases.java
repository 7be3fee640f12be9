package org.isnad.timeline;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.text.RuleFile;

/**
 * The Arabic reading of why an event's reports were merged: an event's {@code basis} is written
 * in English for tools ("same article d…-a1: later reports continue its first (shares e739)");
 * readers see each phrase replaced by its Arabic form from {@code basis-phrases.txt} (lines
 * {@code ENGLISH<TAB>Arabic}, longer phrases first), entity ids by names and article ids by
 * titles. One resource for the static report and the web app, so the wording is never kept
 * twice. Immutable; thread safe.
 */
public final class BasisPhrases {
  /** An entity id as a basis writes it ({@code e739}, {@code e5db86b45613d}). */
  public static final Pattern ENTITY_ID = Pattern.compile("\\be(?=[0-9a-f]*\\d)[0-9a-f]+\\b");
  /** An article id as a basis writes it ({@code d0123456789ab-a1}). */
  public static final Pattern ARTICLE_ID = Pattern.compile("\\bd[0-9a-f]{12}-a\\d+\\b");
  private static final List<Map.Entry<String, String>> PHRASES = RuleFile.read(
      BasisPhrases.class, "basis-phrases.txt").stream().map(l -> l.split("\t", 2))
      .filter(f -> f.length == 2).map(f -> Map.entry(f[0], f[1])).toList();

  private BasisPhrases() {
  }

  /** Each English phrase with its Arabic form, in the order they are to be replaced. */
  public static List<Map.Entry<String, String>> arabic() {
    return PHRASES;
  }

  /** {@code why} with every phrase in Arabic (ids left as they are). */
  public static String arabic(String why) {
    String s = why;
    for (Map.Entry<String, String> p : PHRASES) {
      s = s.replace(p.getKey(), p.getValue());
    }
    return s;
  }
}
