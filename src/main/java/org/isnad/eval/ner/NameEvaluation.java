package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.isnad.Training.Name;
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
    return run(annotator).scores();
  }

  /**
   * The scores of {@code annotator}'s mentions and, sentence by sentence, one line per error:
   * a gold name found with another span or type ({@code differs}, the first predicted name that
   * overlaps it), a gold name nothing overlaps ({@code missed}), a predicted name that overlaps
   * no gold name ({@code spurious}). Names are shown as {@code TYPE «text» start-end}.
   */
  public NameResult run(Function<Article, List<EntityMention>> annotator) {
    ConllScorer scorer = new ConllScorer();
    List<String> errors = new ArrayList<>();
    for (NameSentence s : gold) {
      String text = texts.get(s.sid());
      List<Name> predicted = predicted(annotator.apply(article(s.sid(), text, s.outlet())));
      scorer.add(s.names(), predicted);
      errors.addAll(errors(s.sid(), text, s.names(), predicted));
    }
    return new NameResult(scorer.scores(), errors);
  }

  /** The scores and the error lines of one run. */
  public record NameResult(NerScores scores, List<String> errors) {
    public NameResult {
      errors = List.copyOf(errors);
    }
  }

  static List<String> errors(String sid, String text, List<Name> gold, List<Name> predicted) {
    List<String> lines = new ArrayList<>();
    List<Name> unmatched = new ArrayList<>(predicted);
    for (Name g : gold) {
      if (unmatched.remove(g)) {
        continue;
      }
      Name p = predicted.stream().filter(x -> x.start() < g.end() && g.start() < x.end())
          .findFirst().orElse(null);
      if (p == null) {
        lines.add("missed   " + sid + "  " + show(g, text));
      } else {
        unmatched.remove(p);
        lines.add("differs  " + sid + "  " + show(g, text) + "  ≠  " + show(p, text));
      }
    }
    for (Name p : unmatched) {
      if (gold.stream().noneMatch(g -> p.start() < g.end() && g.start() < p.end())) {
        lines.add("spurious " + sid + "  " + show(p, text));
      }
    }
    return lines;
  }

  private static String show(Name n, String text) {
    int from = text.offsetByCodePoints(0, Math.min(n.start(), text.codePointCount(0,
        text.length())));
    int to = text.offsetByCodePoints(0, Math.min(n.end(), text.codePointCount(0,
        text.length())));
    return n.type() + " «" + text.substring(from, to) + "» " + n.start() + "-" + n.end();
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
