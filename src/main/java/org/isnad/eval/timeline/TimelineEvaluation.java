package org.isnad.eval.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.Datasets;
import org.isnad.Isnad;
import org.isnad.eval.CorpusSentences;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Extraction;
import org.isnad.model.Report;
import org.isnad.model.Segment;

/**
 * Runs the whole engine (extract, annotate, link, timeline) through {@link Isnad} on the gold
 * articles read from the SaudiNewsNet zips (or Baly et al. claim files), as one batch, and maps
 * its event mentions back to content (or raw article text) offsets.
 */
public final class TimelineEvaluation {
  private TimelineEvaluation() {}

  /**
   * isnad's timeline of the gold's articles: SaudiNewsNet articles when {@code dataset} holds its
   * zips, Baly et al. (2018) articles when it holds claim files ({@code *.json}).
   */
  public static SystemRun run(TimelineGold gold, Path dataset, int threads) throws IOException {
    if (Datasets.isClaimFolder(dataset)) {
      return runBaly(gold, dataset, threads);
    }
    CorpusSentences corpus = new CorpusSentences(dataset);
    List<Document> documents = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    Map<String, Integer> shiftOf = new HashMap<>();
    for (TimelineGold.Article a : gold.articles()) {
      Map<String, String> fields = corpus.article(a.key(), a.file(), a.index(), a.sha1());
      Document d = Datasets.saudiNewsNetDocument(a.file() + "#" + a.index(), fields);
      documents.add(d);
      keyOf.put(d.id(), a.key());
      String title = fields.getOrDefault("title", "");
      shiftOf.put(a.key(), title.isBlank() ? 0 : title.codePointCount(0, title.length()) + 2);
    }
    return analyse(documents, keyOf, shiftOf, threads);
  }

  /**
   * The Baly path: each gold article is the raw {@code article} text FILE/INDEX of a claim file,
   * checked by hash, fed as a text document with its url; gold offsets are offsets into that
   * text, so there is no title shift.
   */
  static SystemRun runBaly(TimelineGold gold, Path dataset, int threads) throws IOException {
    Datasets.ClaimFiles claims = Datasets.claimFiles(dataset);
    List<Document> documents = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    Map<String, Integer> shiftOf = new HashMap<>();
    for (TimelineGold.Article a : gold.articles()) {
      Document d = balyDocument(claims, a);
      documents.add(d);
      keyOf.put(d.id(), a.key());
      shiftOf.put(a.key(), 0);
    }
    return analyse(documents, keyOf, shiftOf, threads);
  }

  /**
   * A gold article's Baly text as the text document {@code FILE#INDEX} with its url, the text
   * checked against the gold's hash.
   *
   * @throws IllegalArgumentException when the article is missing or its text differs
   */
  static Document balyDocument(Datasets.ClaimFiles claims, TimelineGold.Article a)
      throws IOException {
    String sha1 = CorpusSentences.sha1(claims.text(a.file(), a.index()));
    if (!sha1.startsWith(a.sha1())) {
      throw new IllegalArgumentException(a.key() + ": article text differs from the gold (hash "
          + sha1.substring(0, 8) + ", gold " + a.sha1() + ")");
    }
    return claims.document(a.file() + "#" + a.index(), a.file(), a.index());
  }

  private static SystemRun analyse(List<Document> documents, Map<String, String> keyOf,
      Map<String, Integer> shiftOf, int threads) {
    Analysis analysis = Isnad.with(threads, Clock.systemUTC()).analyzeDocuments(documents);
    return inGoldTerms(analysis, keyOf, shiftOf);
  }

  private static SystemRun inGoldTerms(Analysis analysis, Map<String, String> keyOf,
      Map<String, Integer> shiftOf) {
    Map<String, Article> articles = new HashMap<>();
    Map<String, String> articleKey = new HashMap<>();
    for (Extraction x : analysis.documents()) {
      for (Article a : x.articles()) {
        articles.put(a.id(), a);
        articleKey.put(a.id(), keyOf.get(x.document().id()));
      }
    }
    Map<String, String> eventOf = new HashMap<>();
    Map<String, SystemRun.Event> events = new HashMap<>();
    for (Event e : analysis.timeline().events()) {
      events.put(e.id(), new SystemRun.Event(e.id(), e.independent(), e.when(), events.size()));
      for (Report r : e.reports()) {
        eventOf.put(r.mention(), e.id());
      }
    }
    List<SystemRun.Mention> mentions = new ArrayList<>();
    for (EventMention m : analysis.timeline().mentions()) {
      Article a = articles.get(m.articleId());
      String key = articleKey.get(m.articleId());
      int shift = shiftOf.get(key);
      int ts = source(a, m.triggerStart()) - shift;
      if (ts >= 0) {
        mentions.add(new SystemRun.Mention(key, ts, source(a, m.triggerEnd()) - shift,
            Math.max(0, source(a, m.start()) - shift), source(a, m.end()) - shift, m.type(),
            m.modality(), eventOf.get(m.id()), m.trigger(), m.when()));
      }
    }
    Map<String, String> storyOf = new HashMap<>();
    analysis.timeline().storyOf().forEach((article, story) -> storyOf.put(articleKey.get(article),
        story));
    return new SystemRun(mentions, events, storyOf);
  }

  /** The document offset of an article offset (text inputs: segments copy characters as is). */
  static int source(Article article, int offset) {
    for (Segment s : article.segments()) {
      if (offset >= s.start() && offset <= s.end()) {
        return s.sourceStart() + Math.min(offset - s.start(), s.sourceEnd() - s.sourceStart());
      }
    }
    return -1;
  }
}
