package org.isnad.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.eval.GoldCorpus;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Quote;

/**
 * The gold sentences with their text and context, and isnad's statements on them: each sentence
 * is annotated after its context sentence, as an article of its outlet; statements whose cue lies
 * in the context are not counted.
 */
public final class QuoteEvaluation {
  private final QuoteGold gold;
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, String> contexts = new LinkedHashMap<>();

  private QuoteEvaluation(QuoteGold gold) {
    this.gold = gold;
  }

  /** Loads the gold and reads its sentences from SaudiNewsNet zips or baly2018 claim files. */
  public static QuoteEvaluation load(Path goldFile, Path dataset) throws IOException {
    QuoteEvaluation evaluation = new QuoteEvaluation(QuoteGold.read(goldFile));
    GoldCorpus corpus = GoldCorpus.open(dataset);
    for (QuoteSentence s : evaluation.gold.sentences()) {
      evaluation.texts.put(s.sid(), corpus.text(s.sid(), s.file(), s.index(), s.start(), s.end(),
          s.sha1()));
      evaluation.contexts.put(s.sid(), s.contextStart() < 0 ? ""
          : corpus.span(s.sid(), s.file(), s.index(), s.contextStart(), s.contextEnd()));
    }
    return evaluation;
  }

  public QuoteGold gold() {
    return gold;
  }

  public Map<String, String> texts() {
    return texts;
  }

  public List<Statement> annotate(Function<Article, List<Quote>> annotator) {
    List<Statement> predicted = new ArrayList<>();
    for (QuoteSentence s : gold.sentences()) {
      String context = contexts.get(s.sid());
      String lead = context.isEmpty() ? "" : context + "\n\n";
      int offset = lead.codePointCount(0, lead.length());
      Article article = new Article(s.sid(), "eval", null, lead + texts.get(s.sid()), s.outlet(),
          null, null, null, List.of(), "ar", null, Published.unknown(), List.of());
      for (Quote q : annotator.apply(article)) {
        if (q.cueStart() >= offset) {
          predicted.add(statement(s.sid(), q, offset));
        }
      }
    }
    return predicted;
  }

  private static Statement statement(String sid, Quote q, int offset) {
    int cueLength = q.cue().codePointCount(0, q.cue().length());
    String chain = q.chain().stream()
        .map(l -> l.role().name().toLowerCase(java.util.Locale.ROOT) + ":" + l.name())
        .collect(Collectors.joining(" > "));
    return new Statement(sid, q.cueStart() - offset, q.cueStart() - offset + cueLength,
        q.speaker().carried() ? -1 : q.speaker().start() - offset,
        q.speaker().carried() ? -1 : q.speaker().end() - offset, q.speaker().text(),
        Math.max(0, q.start() - offset), q.end() - offset, q.direct(), chain);
  }

  public QuoteScores score(List<Statement> predicted) {
    return QuoteScorer.score(gold.statements(), predicted, texts::get);
  }
}
