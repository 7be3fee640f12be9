package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the tagger is trained: jackknife folds, epochs seen from outside, bagged weights. */
class PerceptronTrainingTest {
  @Test
  void jackknifeFoldsAreContiguousBlocksSoAnArticleSeesNoLexiconOfItself() {
    // 20 sentences, 10 folds: sentences 0-1 (one article) share fold 0, 18-19 fold 9; a
    // sentence's neighbours are thus not in the lexicon its training features see, as at
    // tagging time.
    int[] folds = new int[20];
    for (int i = 0; i < folds.length; i++) {
      folds[i] = PerceptronTrainer.jackknifeFold(i, folds.length);
    }
    assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9),
        java.util.Arrays.stream(folds).boxed().toList());
  }

  @Test
  void everyEpochHandsOutItsAveragedModel() {
    List<TaggedSentence> tiny = List.of(
        new TaggedSentence(List.of("قال", "بوتين", "في", "موسكو"),
            List.of("O", "B-PERS", "O", "B-LOC")),
        new TaggedSentence(List.of("وصل", "بوتين", "إلى", "دمشق"),
            List.of("O", "B-PERS", "O", "B-LOC")));
    List<Integer> epochs = new ArrayList<>();
    List<PerceptronModel> models = new ArrayList<>();
    PerceptronModel last = new PerceptronTrainer().train(tiny, WordClusters.EMPTY, 3, 1,
        line -> { }, (epoch, model) -> {
          epochs.add(epoch);
          models.add(model);
        });
    assertEquals(List.of(1, 2, 3), epochs);
    assertEquals(last, models.get(2));
  }

  @Test
  void averagedModelsHaveTheMeanWeightOfEachFeature() {
    int l = PerceptronModel.LABELS;
    float[] a = new float[l];
    a[1] = 2f;
    float[] b = new float[2 * l];
    b[1] = 4f;
    b[l + 3] = 6f;
    float[] noPairs = new float[0];
    PerceptronModel first = new PerceptronModel(Map.of("w=بوتين", 0), a, Map.of(), noPairs,
        NameLexicon.EMPTY, WordClusters.EMPTY);
    PerceptronModel second = new PerceptronModel(Map.of("w=بوتين", 0, "w=دمشق", 1), b,
        Map.of(), noPairs, NameLexicon.EMPTY, WordClusters.EMPTY);
    PerceptronModel mean = PerceptronModel.average(List.of(first, second));
    float[] scores = new float[l];
    mean.score(List.of("w=بوتين"), scores);
    assertEquals(3f, scores[1], 1e-6);
    scores = new float[l];
    mean.score(List.of("w=دمشق"), scores);
    assertEquals(3f, scores[3], 1e-6);  // a feature the first model lacks counts as 0 there
    assertEquals(2, mean.features());
  }
}
