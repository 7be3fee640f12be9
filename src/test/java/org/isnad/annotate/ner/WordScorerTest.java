package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A new word's sums found without feature strings are bit for bit those of the built strings
 * ({@link NerFeatures#own}, {@link NerFeatures#neighbour}), for its own features and for each
 * neighbour offset: names, titles, clitics, nisba, Latin, digits, punctuation, unknown words.
 */
class WordScorerTest {
  private static final Path TEST = Path.of("../shared/data/anercorp/camel-splits-reconstructed/"
      + "ANERCorp_CamelLab_test.recon.txt");
  private static final String WORDS = "قال الرئيس بشار الأسد في دمشق إن الحكومة السورية "
      + "ستواصل الحوار وصل الروسي فلاديمير بوتين إلى موسكو قادما من بكين أعلنت وزارة الخارجية "
      + "الروسية أن لافروف سيلتقي نظيره الأمريكي جنيف وسجل صامويل إيتو هدفين لبرشلونة مرمى "
      + "ريال مدريد ولبشار للأسد بالرياض والسعودي الشيخ محمد وكالة رويترز 2009 UN . ، « "
      + "قزحزحقخ ووالبلاد";

  @Test
  void sumsWithoutStringsEqualSumsOfTheStrings() throws IOException {
    PerceptronModel model = PerceptronTagger.bundled().model();
    NerGazetteer gazetteer = NerGazetteer.bundled();
    NerFeatures features = new NerFeatures(gazetteer, model.lexicon(), model.clusters());
    WordScorer scorer = new WordScorer(model, gazetteer);
    Set<String> words = new LinkedHashSet<>(Arrays.asList(WORDS.split(" ")));
    if (Files.isRegularFile(TEST)) {
      for (TaggedSentence s : ConllFile.read(TEST)) {
        words.addAll(s.words());
      }
    }
    List<String> checked = new ArrayList<>();
    for (String word : words) {
      NerFeatures.Lexeme x = features.lexeme(word);
      same(scorer.scores(features.own(x), true), scorer.own(x), word);
      for (int o = 0; o < NerFeatures.OFFSETS.length; o++) {
        same(scorer.scores(features.neighbour(x, NerFeatures.OFFSETS[o]), false),
            scorer.neighbour(x, o), word + " @" + NerFeatures.OFFSETS[o]);
      }
      checked.add(word);
    }
    assertEquals(words.size(), checked.size());
  }

  private static void same(WordScorer.Sums expected, WordScorer.Sums actual, String word) {
    assertArrayEquals(expected.single(), actual.single(), word);
    assertArrayEquals(expected.pairs(), actual.pairs(), word);
  }
}
