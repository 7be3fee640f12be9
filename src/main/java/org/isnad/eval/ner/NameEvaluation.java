package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.isnad.annotate.entity.NameTagger.Name;
import org.isnad.eval.GoldCorpus;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Published;

/**
 * Scores isnad's names (the whole entity stage: tagger, outlets and the rules after the tagger)
 * on a span gold: each gold sentence is annotated as an article of its own, and a name counts
 * only with the exact code point span and type. People, places, organisations (outlets are
 * organisations) and other names map to PERS, LOC, ORG and MISC; roles are not names.
 */
public final class NameEvaluation {
  private final List<NameSentence> gold;
  private final Map<String, String> texts = new LinkedHashMap<>();

  private NameEvaluation(List<NameSentence> gold) {
    this.gold = gold;
  }

  /** Loads the gold and reads its sentences back from the corpus folder. */
  public static NameEvaluation load(Path goldFile, Path dataset) throws IOException {
    NameEvaluation evaluation = new NameEvaluation(NameGold.read(goldFile));
    GoldCorpus corpus = GoldCorpus.open(dataset);
    for (NameSentence s : evaluation.gold) {
      evaluation.texts.put(s.sid(), corpus.text(s.sid(), s.file(), s.index(), s.start(),
          s.end(), s.sha1()));
    }
    return evaluation;
  }

  public List<NameSentence> gold() {
    return gold;
  }

  public Map<String, String> texts() {
    return texts;
  }

  /** The scores of {@code annotator}'s mentions against the gold. */
  public NerScores score(Function<Article, List<EntityMention>> annotator) {
    ConllScorer scorer = new ConllScorer();
    for (NameSentence s : gold) {
      scorer.add(s.names(), predicted(annotator.apply(article(s.sid(), texts.get(s.sid()),
          s.outlet()))));
    }
    return scorer.scores();
  }

  static Article article(String sid, String text, String outlet) {
    return new Article(sid, "eval", null, text, outlet, null, null, null, List.of(), "ar", null,
        Published.unknown(), List.of());
  }

  /** The mentions as typed names; roles are left out. */
  static List<Name> predicted(List<EntityMention> mentions) {
    List<Name> names = new ArrayList<>();
    for (EntityMention m : mentions) {
      String type = type(m.type());
      if (type != null) {
        names.add(new Name(m.start(), m.end(), type));
      }
    }
    return names;
  }

  static String type(EntityType type) {
    return switch (type) {
      case PERSON -> "PERS";
      case PLACE -> "LOC";
      case ORG, OUTLET -> "ORG";
      case OTHER -> "MISC";
      case ROLE -> null;
    };
  }
}
