package org.isnad.annotate.ner;

import static org.isnad.annotate.entity.NameTagger.Type.PERS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.annotate.entity.NameTagger.Name;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The tagger's fast path (a word's own and neighbour feature scores cached per distinct word)
 * gives the labels of the plain path that builds and scores every feature afresh; document
 * context adds person cues from nearby sentences.
 */
class CachedScoringTest {
  private static final Path TEST = Path.of("../shared/data/anercorp/camel-splits-reconstructed/"
      + "ANERCorp_CamelLab_test.recon.txt");

  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  private static final List<String> SENTENCES = List.of(
      "قال الرئيس بشار الأسد في دمشق إن الحكومة السورية ستواصل الحوار",
      "وصل الرئيس الروسي فلاديمير بوتين إلى موسكو قادما من بكين",
      "أعلنت وزارة الخارجية الروسية أن لافروف سيلتقي نظيره الأمريكي في جنيف",
      "وسجل صامويل إيتو هدفين لبرشلونة في مرمى ريال مدريد",
      "وقال المدرب الفرنسي أرسين فينغر إن فريقه آرسنال لعب جيدا",
      "بشار الأسد");

  @Test
  void cachedLabelsEqualPlainLabels() {
    PerceptronTagger tagger = PerceptronTagger.bundled();
    for (int round = 0; round < 2; round++) {  // the second round reads the cache
      for (String s : SENTENCES) {
        assertArrayEquals(tagger.labelsUncached(words(s)), tagger.labels(words(s)), s);
      }
    }
  }

  @Test
  void cachedLabelsEqualPlainLabelsOnTheTestSplit() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(TEST), "ANERcorp test split not present");
    PerceptronTagger tagger = PerceptronTagger.bundled();
    List<TaggedSentence> sentences = ConllFile.read(TEST);
    for (TaggedSentence s : sentences.subList(0, Math.min(200, sentences.size()))) {
      assertArrayEquals(tagger.labelsUncached(s.words()), tagger.labels(s.words()),
          String.join(" ", s.words()));
    }
  }

  @Test
  void documentTaggingEqualsPlainFeaturesWithTheWindow() {
    PerceptronTagger tagger = PerceptronTagger.bundled();
    NerFeatures features = new NerFeatures(NerGazetteer.bundled(),
        PerceptronTagger.bundled().model().lexicon(), PerceptronTagger.bundled().model()
            .clusters());
    List<List<String>> document = new ArrayList<>();
    SENTENCES.forEach(s -> document.add(words(s)));
    List<List<Name>> all = tagger.tagAll(document);
    for (int i = 0; i < document.size(); i++) {
      int[] plain = ViterbiDecoder.decode(features.of(document.get(i),
          PerceptronTagger.around(document, i)), tagger.model());
      assertEquals(PerceptronTagger.names(plain), all.get(i));
    }
  }

  @Test
  void aNameCuedInANearbySentenceIsMarked() {
    NerFeatures features = new NerFeatures(NerGazetteer.bundled(), NameLexicon.EMPTY,
        WordClusters.EMPTY);
    List<String> sentence = words("وغادر إيتو الملعب");
    assertFalse(features.of(sentence).get(1).single().contains(NerFeatures.DOCUMENT_PERSON));
    List<NerFeatures.Word> withContext = features.of(sentence,
        List.of(words("وقال اللاعب إيتو إنه سعيد")));
    assertTrue(withContext.get(1).single().contains(NerFeatures.DOCUMENT_PERSON));
    assertFalse(withContext.get(2).single().contains(NerFeatures.DOCUMENT_PERSON));
  }

  @Test
  void theWindowIsFiveSentencesEachSide() {
    List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertEquals(List.of(1, 2, 3, 4, 5, 7, 8, 9, 10, 11), PerceptronTagger.around(items, 6));
    assertEquals(List.of(1, 2, 3, 4, 5), PerceptronTagger.around(items, 0));
  }

  @Test
  void aTypeBiasFindsMoreOfThatType() {
    PerceptronTagger plain = PerceptronTagger.bundled();
    PerceptronTagger biased = new PerceptronTagger(plain.model(), java.util.Map.of("PERS", 40f));
    long before = 0;
    long after = 0;
    for (String s : SENTENCES) {
      // words inside PERS names: a large bias may also join two names into one span
      before += plain.tag(words(s)).stream().filter(n -> n.type() == PERS)
          .mapToInt(n -> n.end() - n.start()).sum();
      after += biased.tag(words(s)).stream().filter(n -> n.type() == PERS)
          .mapToInt(n -> n.end() - n.start()).sum();
    }
    assertTrue(after > before, before + " -> " + after);
  }

  @Test
  void anUnknownTypeIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PerceptronTagger(PerceptronTagger.bundled().model(),
            java.util.Map.of("PERSON", 1f)));
  }
}
