package org.isnad.link;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.WA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.CodePoints;
import org.isnad.text.SpanIndex;

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
 * Names' keys are recalled from the last linkings when the engine keeps a {@link LinkRecall}.
 *
 * <p>Design decision: an article's linked statements are not recalled. They are a function of
 * the statements, the article's mentions and text, and what the run's entities give for the ids
 * and chain names looked up; a key of all that (built, hashed and compared each linking) cost as
 * much as linking the statements again (0.45–0.56 s against 0.35–0.48 s CPU for 70,083
 * statements of a 31k store, bench/incremental/LinkRounds) and its kept values held the linked
 * statements of two linkings in memory.
 * Immutable and thread safe.
 */
public final class SpeakerLinker {
  private static final int APPOSITION_GAP = 3;
  // asked for every quote of every linking: compiled once
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern HAS_COMMA =
      java.util.regex.Pattern.compile(".*[,،].*");
  private static final java.util.regex.Pattern SPACE_OR_COMMA =
      java.util.regex.Pattern.compile("[\\s،,]");
  /** Every form of the verbs of saying, read once (not copied on each speaker). */
  private static final java.util.Set<String> SPEECH_VERBS = QuoteAnnotator.speechVerbForms(false);
  private final Map<String, Entity> entities;
  private final Map<String, String> byName;

  /** A linker for one run: {@code entities} are every entity of the run, by id. */
  public SpeakerLinker(Map<String, Entity> entities) {
    this(entities, LinkRecall.none());
  }

  /**
   * A linker for one run that recalls each name's key from {@code recall} (turned by the run's
   * {@link EntityLinker#link}).
   */
  public SpeakerLinker(Map<String, Entity> entities, LinkRecall recall) {
    this.entities = Map.copyOf(entities);
    this.byName = namesOf(entities, java.util.Objects.requireNonNull(recall, "recall"));
  }

  /**
   * The statements of one article with entities filled in.
   *
   * @param quotes the article's statements in text order
   * @param mentions the article's linked mentions
   * @param articleText the article text (for appositions)
   */
  public List<Quote> link(List<Quote> quotes, List<EntityMention> mentions, String articleText) {
    Earlier earlier = new Earlier();
    List<Quote> linked = new ArrayList<>(quotes.size());
    Article article = new Article(articleText, CodePoints.of(articleText),
        SpanIndex.of(mentions, EntityMention::start, EntityMention::end));
    for (Quote quote : quotes) {
      Said said = said(quote, article, entities, earlier);
      earlier.putIfAbsent(NameKey.of(quote.speaker().text()), said);
      linked.add(withSaid(quote, said, byName));
    }
    return linked;
  }

  /** Who a statement's speaker is: an entity id (or null) and the name the chain shows. */
  private record Said(String entity, String name) {}

  /** The article's text, its code point offsets and its mentions indexed by place. */
  private record Article(String text, CodePoints points, SpanIndex<EntityMention> mentions) {}

  /**
   * The speakers of earlier statements by their key (the first statement of each key), and the
   * distinct ones of each first word, so that a description needs no scan of them all.
   */
  private static final class Earlier {
    private final Map<String, Said> byKey = new HashMap<>();
    private final Map<String, java.util.Set<Said>> byFirstWord = new HashMap<>();

    Said get(String key) {
      return byKey.get(key);
    }

    void putIfAbsent(NameKey key, Said said) {
      if (byKey.putIfAbsent(key.joined(), said) == null && key.words().size() > 1) {
        byFirstWord.computeIfAbsent(key.words().get(0), k -> new java.util.HashSet<>())
            .add(said);
      }
    }

    /** The one speaker whose key begins with the word {@code head}, or null (none, or two). */
    Said onlyOneBeginningWith(String head) {
      java.util.Set<Said> found = byFirstWord.getOrDefault(head, java.util.Set.of());
      return found.size() == 1 ? found.iterator().next() : null;
    }
  }

  private static Said said(Quote quote, Article article, Map<String, Entity> entities,
      Earlier earlier) {
    Speaker speaker = quote.speaker();
    NameKey key = NameKey.of(speaker.text());
    if (speaker.carried()) {
      Said carried = earlier.get(key.joined());
      return carried != null ? carried : new Said(null, speaker.text());
    }
    EntityMention mention = mentionOf(speaker, article);
    if (mention != null && mention.entityId() != null) {
      Entity entity = entities.get(mention.entityId());
      String name = entity != null && entity.type() == EntityType.PERSON
          ? asRead(chainName(entity.name(), mention.text()), speaker, article)
          : speaker.text();
      return new Said(mention.entityId(), name);
    }
    Said described = describedBefore(key, earlier);
    return described != null ? described : new Said(null, speaker.text());
  }

  /**
   * The name a chain shows for a person: the entity's fullest name, except when it is only part
   * of the name as written ("حسن" is no name for "حسن فلارك": the name as written then); a role
   * ("وزير الخارجية") shares no word with the name and takes it. A verb of saying read into the
   * name ("وروى صقر") is no part of either.
   */
  static String chainName(String canonical, String written) {
    String full = withoutSpeechVerb(canonical);
    String own = withoutSpeechVerb(written);
    List<String> fullWords = NameKey.of(full).words();
    List<String> ownWords = NameKey.of(own).words();
    boolean clipped = fullWords.size() < ownWords.size() && ownWords.containsAll(fullWords);
    return clipped ? own : full;
  }

  /**
   * The person's name as the speaker's sentence gives it: the entity's name when it holds every
   * word of the speaker ("الجبير" → "عادل الجبير"), is held in it ("وزير الخارجية سيرغي لافروف"
   * → "سيرغي لافروف") or begins in the speaker phrase or right after it with no comma between
   * (a name the phrase cut); else the speaker as written: a name taken from an apposition after a
   * comma ("وزير الخارجية الروسي، سيرغي لافروف،") or from elsewhere in the article ("الرئيس
   * الأسد", not "بشار الأسد") is no part of the speaker, and the chain names the speaker as the
   * sentence does; the entity keeps the person.
   */
  private static String asRead(String name, Speaker speaker, Article article) {
    List<String> nameWords = NameKey.of(name).words();
    List<String> ownWords = NameKey.of(withoutSpeechVerb(speaker.text())).words();
    if (nameWords.containsAll(ownWords) || ownWords.containsAll(nameWords)) {
      return name;
    }
    String own = NameKey.of(codePoints(article, speaker.start(), speaker.end())).joined();
    String runOn = NameKey.of(codePoints(article, speaker.start(),
        speaker.end() + 2 + name.codePointCount(0, name.length()))).joined();
    int at = runOn.indexOf(NameKey.of(name).joined());
    boolean comma = HAS_COMMA.matcher(codePoints(article, speaker.end(), speaker.end() + 2))
        .matches();
    return at >= 0 && (at < own.length() || (at <= own.length() + 1 && !comma)) ? name
        : speaker.text();  // "… بالمنطقة زاهر" + "محمد الشهري": the name runs on
  }

  /** "وروى صقر" → "صقر": a first word that is a verb of saying (with or without و/ف). */
  private static String withoutSpeechVerb(String name) {
    String[] words = SPACES.split(name.strip(), 2);
    if (words.length < 2) {
      return name.strip();
    }
    String first = ArabicNormalizer.standard().normalizeToString(words[0]);
    boolean verb = SPEECH_VERBS.contains(first) || (first.length() > 3
        && (first.startsWith(WA) || first.startsWith(FA))
        && SPEECH_VERBS.contains(first.substring(1)));
    return verb ? words[1] : name.strip();
  }

  /**
   * The person in or right after the speaker phrase; else the phrase's own mention. Only mentions
   * that start inside the phrase or within the apposition gap after it can be either.
   */
  private static EntityMention mentionOf(Speaker speaker, Article article) {
    EntityMention person = null;
    EntityMention other = null;
    for (EntityMention m : article.mentions().startingIn(speaker.start(),
        speaker.end() + APPOSITION_GAP)) {
      boolean inside = m.start() >= speaker.start() && m.end() <= speaker.end();
      if (inside && m.type() == EntityType.PERSON && person == null) {
        person = m;
      } else if (inside && other == null) {
        other = m;
      } else if (person == null && m.type() == EntityType.PERSON
          && isApposition(article, speaker.end(), m.start())) {
        person = m;
      }
    }
    return person != null ? person : other;
  }

  /** Only spaces and one comma between the phrase and the name. */
  private static boolean isApposition(Article article, int end, int start) {
    if (start < end || start - end > APPOSITION_GAP) {
      return false;
    }
    String gap = codePoints(article, end, start);
    return SPACE_OR_COMMA.matcher(gap).replaceAll("").isEmpty()
        && gap.chars().filter(c -> c == '،' || c == ',').count() <= 1;
  }

  private static String codePoints(Article article, int start, int end) {
    int length = article.points().length();
    return article.text().substring(article.points().toIndex(Math.min(start, length)),
        article.points().toIndex(Math.min(end, length)));
  }

  /** "المصدر" after "مصدر أمني مصري": the earlier speaker whose description it repeats. */
  private static Said describedBefore(NameKey key, Earlier earlier) {
    if (key.words().size() != 1 || !key.words().get(0).startsWith(ARTICLE)) {
      return null;
    }
    // two different sources fit: leave it as written
    return earlier.onlyOneBeginningWith(key.words().get(0).substring(2));
  }

  private static Quote withSaid(Quote quote, Said said, Map<String, String> byName) {
    List<ChainLink> chain = new ArrayList<>(quote.chain().size());
    for (ChainLink link : quote.chain()) {
      if (link.role() == ChainRole.SPEAKER) {
        dropRepeatedRelay(chain, said.name());
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

  /** "رويترز ← رويترز": a relay right before the speaker it names is the speaker itself. */
  private static void dropRepeatedRelay(List<ChainLink> chain, String speaker) {
    int last = chain.size() - 1;
    if (last >= 0 && chain.get(last).role() == ChainRole.RELAY
        && NameKey.of(chain.get(last).name()).joined().equals(NameKey.of(speaker).joined())) {
      chain.remove(last);
    }
  }

  /**
   * Every name and alias of an outlet, organisation or person, to its entity (the first entity
   * listed with a name keeps it). The names' keys are read in parallel, then kept in order.
   */
  private static Map<String, String> namesOf(Map<String, Entity> entities, LinkRecall recall) {
    List<Entity> named = entities.values().stream()
        .filter(e -> e.type() != EntityType.ROLE && e.type() != EntityType.OTHER).toList();
    List<List<String>> keys = named.parallelStream().map(e -> {
      List<String> own = new ArrayList<>(1 + e.aliases().size());
      own.add(recall.key(e.name()).joined());
      e.aliases().forEach(a -> own.add(recall.key(a).joined()));
      return own;
    }).toList();
    Map<String, String> byName = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      String id = named.get(i).id();
      keys.get(i).forEach(k -> byName.putIfAbsent(k, id));
    }
    return byName;
  }
}
