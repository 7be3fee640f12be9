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
  private final List<ChainLink> links = new ArrayList<>();

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
    boolean seen = links.stream().anyMatch(l -> key(l.name()).equals(key));
    if (!seen) {
      links.add(new ChainLink(name.strip(), null, role));
    } else if (role == ChainRole.SPEAKER) {
      links.removeIf(l -> key(l.name()).equals(key) && l.role() == ChainRole.RELAY);
      links.add(new ChainLink(name.strip(), null, role));
    }
    return this;
  }

  /** "d8f14e214e830-a1", "12345": an article or page id, never a link. */
  private static boolean isIdentifier(String name) {
    String s = name.strip();
    return s.chars().anyMatch(Character::isDigit)
        && s.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        && !s.contains(" ") && !s.contains(".");  // "kurdistan24.net" is a publisher's site
  }

  private static String key(String name) {
    return ArabicNormalizer.standard().normalizeToString(name).replaceAll("[\"«»\\s]+", " ")
        .strip();
  }

  List<ChainLink> build() {
    return List.copyOf(links);
  }
}
