package org.isnad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;

/**
 * Ties the speakers and chain links of an article's statements to the run's entities:
 * <ul>
 *   <li>a speaker phrase is the entity of the person named in it ("مدير المنتخب علي الشعيلان"),
 *       or right after it as an apposition ("المتحدث باسم الوزارة، أحمد …"), else of the outlet,
 *       organisation or role it is; the chain then names the person by their fullest name, so
 *       "الفريق المحرج" becomes "عثمان بن ناصر المحرج" when the article named him so before;
 *   <li>a carried speaker ("وأضاف") keeps the entity of the statement it was carried from;
 *   <li>a definite description that repeats an earlier indefinite one ("المصدر" after "مصدر أمني
 *       مصري") is that earlier speaker;
 *   <li>publishers, relays and sources are linked by name to outlets, organisations and people.
 * </ul>
 * Immutable and thread safe.
 */
public final class SpeakerLinker {
  private static final int APPOSITION_GAP = 3;
  private final Map<String, Entity> entities;
  private final Map<String, String> byName;

  /** A linker for one run: {@code entities} are every entity of the run, by id. */
  public SpeakerLinker(Map<String, Entity> entities) {
    this.entities = Map.copyOf(entities);
    this.byName = namesOf(entities);
  }

  /**
   * The statements of one article with entities filled in.
   *
   * @param quotes the article's statements in text order
   * @param mentions the article's linked mentions
   * @param articleText the article text (for appositions)
   */
  public List<Quote> link(List<Quote> quotes, List<EntityMention> mentions, String articleText) {
    Map<String, Said> earlier = new HashMap<>();
    List<Quote> linked = new ArrayList<>(quotes.size());
    for (Quote quote : quotes) {
      Said said = said(quote, mentions, entities, articleText, earlier);
      earlier.putIfAbsent(NameKey.of(quote.speaker().text()).joined(), said);
      linked.add(withSaid(quote, said, byName));
    }
    return linked;
  }

  /** Who a statement's speaker is: an entity id (or null) and the name the chain shows. */
  private record Said(String entity, String name) {}

  private static Said said(Quote quote, List<EntityMention> mentions,
      Map<String, Entity> entities, String text, Map<String, Said> earlier) {
    Speaker speaker = quote.speaker();
    NameKey key = NameKey.of(speaker.text());
    if (speaker.carried()) {
      Said carried = earlier.get(key.joined());
      return carried != null ? carried : new Said(null, speaker.text());
    }
    EntityMention mention = mentionOf(speaker, mentions, text);
    if (mention != null && mention.entityId() != null) {
      Entity entity = entities.get(mention.entityId());
      String name = entity != null && entity.type() == EntityType.PERSON ? entity.name()
          : speaker.text();
      return new Said(mention.entityId(), name);
    }
    Said described = describedBefore(key, earlier);
    return described != null ? described : new Said(null, speaker.text());
  }

  /** The person in or right after the speaker phrase; else the phrase's own mention. */
  private static EntityMention mentionOf(Speaker speaker, List<EntityMention> mentions,
      String text) {
    EntityMention person = null;
    EntityMention other = null;
    for (EntityMention m : mentions) {
      boolean inside = m.start() >= speaker.start() && m.end() <= speaker.end();
      if (inside && m.type() == EntityType.PERSON && person == null) {
        person = m;
      } else if (inside && other == null) {
        other = m;
      } else if (person == null && m.type() == EntityType.PERSON
          && isApposition(text, speaker.end(), m.start())) {
        person = m;
      }
    }
    return person != null ? person : other;
  }

  /** Only spaces and one comma between the phrase and the name. */
  private static boolean isApposition(String text, int end, int start) {
    if (start < end || start - end > APPOSITION_GAP) {
      return false;
    }
    String gap = codePoints(text, end, start);
    return gap.replaceAll("[\\s،,]", "").isEmpty() && gap.chars().filter(c -> c == '،' || c == ',')
        .count() <= 1;
  }

  private static String codePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
    int to = text.offsetByCodePoints(0, Math.min(end, text.codePointCount(0, text.length())));
    return text.substring(from, to);
  }

  /** "المصدر" after "مصدر أمني مصري": the earlier speaker whose description it repeats. */
  private static Said describedBefore(NameKey key, Map<String, Said> earlier) {
    if (key.words().size() != 1 || !key.words().get(0).startsWith("ال")) {
      return null;
    }
    String head = key.words().get(0).substring(2);
    Said found = null;
    for (Map.Entry<String, Said> e : earlier.entrySet()) {
      if (e.getKey().startsWith(head + " ")) {
        if (found != null && !found.equals(e.getValue())) {
          return null;  // two different sources fit: leave it as written
        }
        found = e.getValue();
      }
    }
    return found;
  }

  private static Quote withSaid(Quote quote, Said said, Map<String, String> byName) {
    List<ChainLink> chain = new ArrayList<>(quote.chain().size());
    for (ChainLink link : quote.chain()) {
      if (link.role() == ChainRole.SPEAKER) {
        chain.add(new ChainLink(said.name(), said.entity(), link.role()));
      } else {
        chain.add(new ChainLink(link.name(), byName.get(NameKey.of(link.name()).joined()),
            link.role()));
      }
    }
    Speaker s = quote.speaker();
    return new Quote(quote.id(), quote.articleId(), quote.start(), quote.end(), quote.content(),
        quote.cue(), quote.cueStart(), quote.direct(),
        new Speaker(s.text(), s.start(), s.end(), said.entity()), chain);
  }

  /** Every name and alias of an outlet, organisation or person, to its entity. */
  private static Map<String, String> namesOf(Map<String, Entity> entities) {
    Map<String, String> byName = new HashMap<>();
    for (Entity e : entities.values()) {
      if (e.type() == EntityType.ROLE || e.type() == EntityType.OTHER) {
        continue;
      }
      byName.putIfAbsent(NameKey.of(e.name()).joined(), e.id());
      e.aliases().forEach(a -> byName.putIfAbsent(NameKey.of(a).joined(), e.id()));
    }
    return byName;
  }
}
