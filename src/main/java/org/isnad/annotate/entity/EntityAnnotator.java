package org.isnad.annotate.entity;

import static org.isnad.text.GrammarWords.WA;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.AlignedText;
import org.isnad.text.ArticleContext;
import org.isnad.text.CodePoints;
import org.isnad.text.Sentence;
import org.isnad.text.SpanSet;

/**
 * The named things of an article: people, places and organisations from the statistical tagger,
 * outlets from the outlet list and head words (an organisation the list knows as an outlet
 * becomes an OUTLET), and roles from the role heads. The tagger's names are corrected as classes
 * of error by {@link NameCleaner} (quoted names whole, edge words, clitics, non-names); listed
 * names of known type ({@link KnownNames}: "الأمم المتحدة", "قطاع غزة") and head phrases
 * ({@link OrgPhraseFinder}: "الجيش الإسرائيلي", "فيلق القدس") win over the tagger's names inside
 * or across them. Overlaps keep the outlet, then listed places, the tagger's names, roles (which
 * run on over an organisation phrase: "مستشار قائد فيلق القدس الإيراني"), listed organisations
 * and head phrases; a one-word person right after a person is its surname ("محمد جواد"
 * "ظريف"). Mentions are not linked here ({@code link.EntityLinker} does that). Overlaps
 * are settled through a {@link SpanSet}, so the cost grows with the number of mentions times its
 * logarithm, not its square. Immutable and thread safe when the tagger is.
 */
public final class EntityAnnotator
    implements org.isnad.annotate.Annotator<List<EntityMention>> {
  private final NameTagger tagger;
  private final OutletFinder outlets = new OutletFinder(OutletLexicon.bundled());
  private final RoleFinder roles = new RoleFinder();
  private final NameCleaner cleaner = new NameCleaner();
  private final OrgPhraseFinder orgPhrases = new OrgPhraseFinder();

  public EntityAnnotator(NameTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    this.tagger = tagger;
  }

  /** The entity mentions of {@code article}, in text order. */
  public List<EntityMention> annotate(Article article) {
    Objects.requireNonNull(article, "article");
    return annotate(ArticleContext.of(article));
  }

  /** The entity mentions of the context's article, in text order. */
  public List<EntityMention> annotate(ArticleContext context) {
    Objects.requireNonNull(context, "context");
    AlignedText aligned = context.aligned();
    String text = aligned.normalized();
    List<RawMention> tagged = tagged(aligned, context.normalizedSentences());
    TextWords words = new TextWords(text);
    List<RawMention> names = cleaner.clean(text, words, tagged);
    List<RawMention> all = joinedPeople(text, settled(text, words, names));
    return inArticle(context, all);
  }

  /**
   * The outlets, listed names, the tagger's {@code names}, roles and head phrases of the text,
   * overlaps settled, sorted by start.
   */
  private List<RawMention> settled(String text, TextWords words, List<RawMention> names) {
    List<RawMention> listed = new ArrayList<>();
    for (RawMention k : KnownNames.bundled().find(words)) {
      listed.add(orgPhrases.withAdjectives(words, k));
    }
    List<RawMention> found = new ArrayList<>(listed);
    found.addAll(names);
    List<RawMention> heads = orgPhrases.find(words, found);
    List<RawMention> outer = new ArrayList<>(heads);
    for (RawMention n : names) {
      if (!coveredBy(words, n, listed)) {
        outer.add(n);
      }
    }
    List<RawMention> known = new ArrayList<>();
    SpanSet named = new SpanSet();
    for (RawMention k : listed) {
      if (!insideLonger(k, outer)) {
        known.add(k);
        named.add(k.start(), k.end());
      }
    }
    List<RawMention> phrases = new ArrayList<>();
    for (RawMention p : heads) {
      if (!named.overlaps(p.start(), p.end())) {
        phrases.add(p);
      }
    }
    phrases.forEach(m -> named.add(m.start(), m.end()));
    List<RawMention> kept = new ArrayList<>();
    for (RawMention n : names) {
      if (!named.overlaps(n.start(), n.end())) {
        kept.add(n);
      }
    }
    List<RawMention> all = new ArrayList<>(outlets.find(text, words));
    SpanSet taken = new SpanSet();
    all.forEach(m -> taken.add(m.start(), m.end()));
    List<RawMention> stops = new ArrayList<>(kept);
    for (RawMention k : known) {
      if (k.type() != EntityType.ORG) {
        stops.add(k);
      }
    }
    addFree(known, true, taken, all);
    addFree(kept, false, taken, all);
    addFree(roles.find(words, stops), false, taken, all);
    addFree(known, false, taken, all);
    addFree(phrases, false, taken, all);
    all.sort(Comparator.comparingInt(RawMention::start));
    return all;
  }

  /**
   * Adds to {@code all} each of {@code mentions} (only those not organisations when {@code
   * notOrg}) that overlaps nothing {@code taken}, and takes its span.
   */
  private static void addFree(List<RawMention> mentions, boolean notOrg, SpanSet taken,
      List<RawMention> all) {
    for (RawMention m : mentions) {
      if ((!notOrg || m.type() != EntityType.ORG) && taken.addIfFree(m.start(), m.end())) {
        all.add(m);
      }
    }
  }

  /** The mentions as entity mentions of the context's article (code point offsets). */
  private static List<EntityMention> inArticle(ArticleContext context, List<RawMention> all) {
    Article article = context.article();
    AlignedText aligned = context.aligned();
    CodePoints points = context.codePoints();
    List<EntityMention> mentions = new ArrayList<>(all.size());
    for (RawMention m : all) {
      int start = aligned.originalStart(m.start());
      int end = aligned.originalEnd(m.end());
      mentions.add(new EntityMention(article.id(), points.toCodePoint(start),
          points.toCodePoint(end), article.text().substring(start, end), m.type(), null));
    }
    return mentions;
  }

  /**
   * A person of one word with nothing but a space after another person is that person's
   * surname: the tagger's first names and a listed surname («محمد جواد» «ظريف»). A person of
   * several words glued to و right after a name is the next of a list: the و stays outside
   * («محمود علاء ومحمود الونش») when four letters or more are left of the first word («وليد» is
   * a name of its own).
   */
  private static List<RawMention> joinedPeople(String text, List<RawMention> sorted) {
    List<RawMention> joined = new ArrayList<>();
    for (RawMention m : sorted) {
      RawMention before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      boolean next = before != null && before.end() < m.start()
          && text.substring(before.end(), m.start()).equals(" ");
      String words = text.substring(m.start(), m.end());
      if (next && m.type() == EntityType.PERSON && words.startsWith(WA)
          && words.indexOf(' ') > 4) {
        joined.add(new RawMention(m.start() + 1, m.end(), m.type()));
      } else if (next && before.type() == EntityType.PERSON && m.type() == EntityType.PERSON
          && words.indexOf(' ') < 0 && !words.startsWith(WA)) {
        joined.set(joined.size() - 1, new RawMention(before.start(), m.end(),
            EntityType.PERSON));
      } else {
        joined.add(m);
      }
    }
    return joined;
  }

  /** Whether {@code m} lies inside a longer one of {@code phrases} ("القدس" in "فيلق القدس"). */
  private static boolean insideLonger(RawMention m, List<RawMention> phrases) {
    for (RawMention p : phrases) {
      if (p.start() <= m.start() && m.end() <= p.end()
          && p.end() - p.start() > m.end() - m.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every word of the tagger's {@code name} lies in a listed name: then the listed names
   * replace it ("الأمم المتحدة بيروت"); else the tagger's longer name keeps a listed name inside
   * it ("طيران الإمارات").
   */
  private static boolean coveredBy(TextWords words, RawMention name, List<RawMention> listed) {
    for (int i = words.indexAt(name.start()); i < words.size() && words.start(i) < name.end();
        i++) {
      if (!listedAt(words.start(i), listed)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of {@code listed} covers the word at {@code at} (or all of it but a clitic). */
  private static boolean listedAt(int at, List<RawMention> listed) {
    for (RawMention k : listed) {
      if (k.start() <= at + 1 && at < k.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tags the words of the article's sentences, written as in the article (the tagger
   * normalises), all at once so that the tagger sees the whole document.
   */
  private List<RawMention> tagged(AlignedText aligned, List<Sentence> sentences) {
    String text = aligned.normalized();
    List<List<int[]>> spans = new ArrayList<>(sentences.size());
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<int[]> at = new ArrayList<>();
      List<String> w = new ArrayList<>();
      int to = sentence.end();
      for (int a = WordRuns.skipSpace(text, sentence.start(), to); a < to; ) {
        int e = WordRuns.wordEnd(text, a, to);
        at.add(new int[] {a, e});
        w.add(aligned.original().substring(aligned.originalStart(a), aligned.originalEnd(e)));
        a = WordRuns.skipSpace(text, e, to);
      }
      spans.add(at);
      words.add(w);
    }
    List<List<NameTagger.Name>> names = tagger.tagAll(words);
    List<RawMention> found = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      for (NameTagger.Name name : names.get(s)) {
        EntityType type = switch (name.type()) {
          case PERS -> EntityType.PERSON;
          case LOC -> EntityType.PLACE;
          case ORG -> EntityType.ORG;
          case MISC -> EntityType.OTHER;
        };
        int start = spans.get(s).get(name.start())[0];
        int end = spans.get(s).get(name.end() - 1)[1];
        found.add(new RawMention(start, end, type));
      }
    }
    return found;
  }

  /** The article pass: the context's entity mentions, not yet linked. */
  @Override
  public List<EntityMention> annotate(ArticleContext context,
      org.isnad.model.AnnotatedArticle earlier) {
    return annotate(context);
  }
}
