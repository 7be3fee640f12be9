package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.text.ArabicNormalizer;

/**
 * Builds a statement's chain: publisher → relays (the report the article retells, an outlet the
 * speaker talked to, an outlet that cites someone) → speaker → the speaker's source. Names are
 * compared normalised, a link equal to an earlier one is dropped, and so is an id (letters and
 * digits without a word of Arabic) where a name should be.
 */
final class AttributionChainBuilder {
  /** A link and its name's key, computed once. */
  private record Keyed(ChainLink link, String key) {}

  private final List<Keyed> links = new ArrayList<>();

  AttributionChainBuilder publisher(String name) {
    return add(name, ChainRole.PUBLISHER);
  }

  AttributionChainBuilder relay(String name) {
    return add(name, ChainRole.RELAY);
  }

  /**
   * The speaker and the speaker's source; an outlet that cites a source is a relay, and the
   * source its speaker.
   */
  AttributionChainBuilder speaker(String speaker, boolean outlet, String source) {
    if (outlet && source != null) {
      return relay(speaker).add(source, ChainRole.SPEAKER);
    }
    add(speaker, ChainRole.SPEAKER);
    return add(source, ChainRole.SOURCE);
  }

  private AttributionChainBuilder add(String name, ChainRole role) {
    if (name == null || name.isBlank() || isIdentifier(name)) {
      return this;
    }
    String key = key(name);
    boolean seen = links.stream().anyMatch(l -> l.key().equals(key));
    if (!seen) {
      links.add(keyed(name, role));
    } else if (role == ChainRole.SPEAKER) {
      links.removeIf(l -> l.key().equals(key) && l.link().role() == ChainRole.RELAY);
      links.add(keyed(name, role));
    }
    return this;
  }

  private static Keyed keyed(String name, ChainRole role) {
    ChainLink link = new ChainLink(name.strip(), null, role);
    return new Keyed(link, key(link.name()));
  }

  /**
   * "d8f14e214e830-a1", "12345": an article or page id, never a link; an outlet's code with a
   * digit or two ("3alyoum", "24news") is a name: an id is more than a third digits.
   */
  private static boolean isIdentifier(String name) {
    String s = name.strip();
    return 3 * s.chars().filter(Character::isDigit).count() > s.length()
        && s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        && !s.contains(" ") && !s.contains(".");  // "kurdistan24.net" is a publisher's site
  }

  /** The name normalised, each run of quotation marks («»") and white space one space, stripped. */
  private static String key(String name) {
    String normalized = ArabicNormalizer.standard().normalizeToString(name);
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (!isGap(c)) {
        out.append(c);
      } else if (i == 0 || !isGap(normalized.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString().strip();
  }

  /** A quotation mark or white space as a regular expression's {@code \s} reads it. */
  private static boolean isGap(char c) {
    return c == '"' || c == '«' || c == '»' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B
        || c == '\f' || c == '\r';
  }

  List<ChainLink> build() {
    return links.stream().map(Keyed::link).toList();
  }
}
