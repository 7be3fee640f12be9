package org.isnad.annotate.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.annotate.entity.NameTagger;

/**
 * Names of people, places, organisations and other things (ANERcorp's PERS, LOC, ORG, MISC) in
 * a sentence, with an averaged perceptron: left to right, each word takes the best label its
 * features and the two labels before it allow (I-X only after B-X or I-X). Thread safe.
 */
public final class PerceptronTagger implements NameTagger {
  static final String MODEL = "anercorp.model.gz";
  private final PerceptronModel model;
  private final NerFeatures features;

  public PerceptronTagger(PerceptronModel model) {
    if (model == null) {
      throw new IllegalArgumentException("model must not be null");
    }
    this.model = model;
    this.features = new NerFeatures(NerGazetteer.bundled(), model.lexicon());
  }

  private static final class Holder {
    static final PerceptronTagger BUNDLED = load();

    private static PerceptronTagger load() {
      try (InputStream in = PerceptronTagger.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL
              + ": run 'isnad train ner'");
        }
        return new PerceptronTagger(PerceptronModel.read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL, e);
      }
    }
  }

  /** The tagger with the model that ships with isnad (trained on ANERcorp's train split). */
  public static PerceptronTagger bundled() {
    return Holder.BUNDLED;
  }

  @Override
  public List<Name> tag(List<String> words) {
    return names(labels(words));
  }

  /** The label index of each word. */
  int[] labels(List<String> words) {
    List<List<String>> fixed = features.of(words);
    int[] labels = new int[words.size()];
    float[] scores = new float[PerceptronModel.LABELS];
    for (int i = 0; i < labels.length; i++) {
      java.util.Arrays.fill(scores, 0f);
      model.score(fixed.get(i), scores);
      for (String f : history(labels, i, fixed.get(i))) {
        model.add(f, scores);
      }
      labels[i] = best(scores, i == 0 ? NerLabels.O : labels[i - 1]);
    }
    return labels;
  }

  /**
   * Features of the labels already chosen: the previous one, the two before, and the previous
   * one with the word's stem, shape, article and suffix (how a name goes on).
   */
  static List<String> history(int[] labels, int i, List<String> fixed) {
    String p1 = i > 0 ? NerLabels.ALL.get(labels[i - 1]) : "<s>";
    String p2 = i > 1 ? NerLabels.ALL.get(labels[i - 2]) : "<s>";
    List<String> h = new java.util.ArrayList<>(8);
    h.add("t-1=" + p1);
    h.add("t-2t-1=" + p2 + "|" + p1);
    for (String f : fixed) {
      if (f.startsWith("s=") || f.startsWith("al=") || f.startsWith("shape=")
          || f.startsWith("x2=") || f.startsWith("fname") || f.startsWith("lex0")
          || f.startsWith("w+1=")) {
        h.add("t-1|" + p1 + "|" + f);
      }
    }
    return h;
  }

  static int best(float[] scores, int previous) {
    int best = NerLabels.O;
    for (int l = 1; l < scores.length; l++) {
      if (NerLabels.allowed(previous, l) && scores[l] > scores[best]) {
        best = l;
      }
    }
    return best;
  }

  /** Spans of B-X I-X… runs; labels are valid BIO by construction. */
  static List<Name> names(int[] labels) {
    List<Name> names = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i] == NerLabels.O) {
        i++;
        continue;
      }
      String type = NerLabels.type(labels[i]);
      int end = i + 1;
      while (end < labels.length && NerLabels.isInside(labels[end])
          && NerLabels.type(labels[end]).equals(type)) {
        end++;
      }
      names.add(new Name(i, end, type));
      i = end;
    }
    return names;
  }
}
