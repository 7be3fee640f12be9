package org.isnad.eval.time;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.Isnad;
import org.isnad.eval.GoldCorpus;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Timex;

/**
 * The gold sentences with their text, and isnad's own predictions on them: each sentence is
 * annotated alone, as an article published on its reference date.
 */
public final class TimeEvaluation {
  private final TimeGold gold;
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, String> references = new LinkedHashMap<>();

  private TimeEvaluation(TimeGold gold) {
    this.gold = gold;
  }

  /**
   * Loads the gold and reads its sentences from {@code dataset}: SaudiNewsNet day zips or baly2018
   * claim files ({@link GoldCorpus#open}).
   */
  public static TimeEvaluation load(Path goldFile, Path dataset) throws IOException {
    TimeEvaluation evaluation = new TimeEvaluation(TimeGold.read(goldFile));
    GoldCorpus corpus = GoldCorpus.open(dataset);
    for (GoldSentence sentence : evaluation.gold.sentences()) {
      evaluation.texts.put(sentence.sid(), corpus.text(sentence.sid(), sentence.file(),
          sentence.index(), sentence.start(), sentence.end(), sentence.sha1()));
      evaluation.references.put(sentence.sid(), sentence.reference());
    }
    return evaluation;
  }

  public TimeGold gold() {
    return gold;
  }

  /** Sentence texts by id, in gold order. */
  public Map<String, String> texts() {
    return texts;
  }

  public String reference(String sid) {
    return references.get(sid);
  }

  /** The expressions isnad's standard time annotator finds on every gold sentence. */
  public List<GoldTimex> annotate() {
    List<GoldTimex> predicted = new ArrayList<>();
    for (Map.Entry<String, String> sentence : texts.entrySet()) {
      String sid = sentence.getKey();
      Article article = new Article(sid, "eval", null, sentence.getValue(), null, null, null, null,
          List.of(), "ar", null, published(references.get(sid)), List.of());
      for (Timex t : Isnad.timeExpressions(article)) {
        predicted.add(new GoldTimex(sid, t.start(), t.end(), t.type().name(),
            t.value(), t.mod() == null ? null : t.mod().name()));
      }
    }
    return predicted;
  }

  /** The gold's reference day as the article's date; none when the gold row leaves it empty. */
  static Published published(String reference) {
    return reference == null || reference.isBlank() ? Published.unknown()
        : Published.fromMetadata(reference.strip(), "gold reference");
  }

  public TimeScores score(List<GoldTimex> predicted) {
    return TimexScorer.score(gold.timexes(), predicted, texts::get);
  }
}
