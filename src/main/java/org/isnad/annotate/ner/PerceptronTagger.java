package org.isnad.annotate.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.annotate.entity.NameTagger;

/**
 * Names of people, places, organisations and other things (ANERcorp's PERS, LOC, ORG, MISC) in
 * a sentence, with a first-order structured perceptron (averaged): the sentence takes the label
 * sequence of highest score, found by Viterbi, among sequences where I-X follows B-X or I-X.
 * Thread safe.
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
    this.features = new NerFeatures(NerGazetteer.bundled(), model.lexicon(), model.clusters());
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

  /** The label index of each word: the best valid sequence (Viterbi). */
  int[] labels(List<String> words) {
    return ViterbiDecoder.decode(features.of(words), model);
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
