package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.isnad.annotate.entity.NameTagger.Name;
import org.junit.jupiter.api.Test;

/** The name tagger: features, BIO decoding, training determinism, the shipped model. */
class PerceptronTaggerTest {
  private static List<String> words(String text) {
    return Arrays.asList(text.split(" "));
  }

  private static List<String> named(String text) {
    List<String> w = words(text);
    return PerceptronTagger.bundled().tag(w).stream()
        .map(n -> String.join(" ", w.subList(n.start(), n.end())) + "/" + n.type()).toList();
  }

  @Test
  void stemsLoseConjunctionPrepositionAndArticle() {
    assertEquals("لبنان", WordForms.stem(WordForms.normalized("لبنان")));
    assertEquals("اسد", WordForms.stem(WordForms.normalized("للأسد")));
    assertEquals("رياض", WordForms.stem(WordForms.normalized("وبالرياض")));
    assertEquals("بوتين", WordForms.stem(WordForms.normalized("بوتين")));
  }

  @Test
  void titleAndPlaceFeaturesFire() {
    List<List<String>> f = new NerFeatures(NerGazetteer.bundled(), NameLexicon.EMPTY, WordClusters.EMPTY)
        .singles(words("والرئيس بشار في دمشق لبشار"));
    assertTrue(f.get(4).contains("clitic-name0=PERS"), f.get(4).toString());
    assertTrue(f.get(1).contains("title-1"), f.get(1).toString());
    assertTrue(f.get(1).contains("fname0"), f.get(1).toString());
    assertTrue(f.get(3).contains("place=B"), f.get(3).toString());
  }

  @Test
  void insideLabelsOnlyContinueTheirType() {
    assertTrue(NerLabels.allowed(NerLabels.index("B-PERS"), NerLabels.index("I-PERS")));
    assertTrue(!NerLabels.allowed(NerLabels.O, NerLabels.index("I-PERS")));
    assertTrue(!NerLabels.allowed(NerLabels.index("B-LOC"), NerLabels.index("I-PERS")));
    int[] labels = {0, 1, 2, 3, 5, 6, 0};
    assertEquals(List.of(new Name(1, 3, "PERS"), new Name(3, 4, "LOC"), new Name(4, 6, "ORG")),
        PerceptronTagger.names(labels));
  }

  private static final List<TaggedSentence> TINY = List.of(
      new TaggedSentence(words("قال الرئيس بشار الأسد في دمشق"),
          List.of("O", "O", "B-PERS", "I-PERS", "O", "B-LOC")),
      new TaggedSentence(words("وصل فلاديمير بوتين إلى موسكو"),
          List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")),
      new TaggedSentence(words("أعلنت وزارة الخارجية الروسية"),
          List.of("O", "B-ORG", "I-ORG", "I-ORG")));

  private static byte[] trained(long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PerceptronTrainer().train(TINY, 5, seed, line -> { }).write(out, 0f);
    return out.toByteArray();
  }

  @Test
  void trainingIsDeterministicAndTheModelRoundTrips() throws IOException {
    byte[] first = trained(7);
    assertArrayEquals(first, trained(7));
    PerceptronModel model = PerceptronModel.read(new ByteArrayInputStream(first));
    List<Name> names = new PerceptronTagger(model).tag(words("قال الرئيس بشار الأسد في دمشق"));
    assertEquals(List.of(new Name(2, 4, "PERS"), new Name(5, 6, "LOC")), names);
  }

  @Test
  void theShippedModelFindsPeoplePlacesAndOrganisations() {
    List<String> found = named("قال الرئيس السوري بشار الأسد في دمشق إن الجيش سيواصل عملياته");
    assertTrue(found.contains("بشار الأسد/PERS"), found.toString());
    assertTrue(found.contains("دمشق/LOC"), found.toString());
    List<String> org = named("وأعلنت وزارة الخارجية الروسية في بيان أن الوزير سيرغي لافروف"
        + " سيزور أنقرة");
    assertTrue(org.contains("أنقرة/LOC"), org.toString());
  }

  @Test
  void theShippedModelTagsAPresidentAfterHisTitle() {
    List<String> found = named("قال الرئيس السوري بشار الأسد");
    assertEquals(List.of("بشار الأسد/PERS"), found);
  }

  @Test
  void aListedOrganisationFiresWithItsLength() {
    List<List<String>> f = new NerFeatures(NerGazetteer.bundled(), NameLexicon.EMPTY,
        WordClusters.EMPTY).singles(words("قال مدرب ريال مدريد"));
    assertTrue(f.get(2).contains("org=B") && f.get(2).contains("orgLen=B2"), f.get(2).toString());
    assertTrue(f.get(3).contains("orgLen=I2"), f.get(3).toString());
    assertTrue(f.get(1).contains("org+1=B"), f.get(1).toString());
  }

  @Test
  void aCliticGluedNameGetsTheClassOfItsStem() {
    WordClusters clusters = new WordClusters(new int[] {4, 16},
        java.util.Map.of("بشار", new int[] {3, 11}));
    List<List<String>> f = new NerFeatures(NerGazetteer.bundled(), NameLexicon.EMPTY, clusters)
        .singles(words("التقى وبشار"));
    List<String> glued = f.get(1);
    assertTrue(glued.contains("fname0"), glued.toString());
    assertTrue(glued.contains("c0_0=3") && glued.contains("c1_0=11"), glued.toString());
    assertTrue(glued.contains("cs1=11") && glued.contains("pre|cs1=و|11"), glued.toString());
    assertTrue(f.get(0).contains("c1_+1=11"), f.get(0).toString());
  }

  @Test
  void theModelRoundTripsItsWordClasses() throws IOException {
    WordClusters clusters = new WordClusters(new int[] {2},
        java.util.Map.of("دمشق", new int[] {1}, "موسكو", new int[] {1}));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PerceptronTrainer().train(TINY, clusters, 3, 1, line -> { }).write(out, 0f);
    PerceptronModel model = PerceptronModel.read(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(new int[] {1}, model.clusters().of("موسكو"));
    assertArrayEquals(new int[] {2}, model.clusters().sizes());
  }

  @Test
  void aFullNameFromTrainingIsMatchedAsASpan() {
    NameLexicon lexicon = NameLexicon.of(TINY);
    List<List<String>> f = new NerFeatures(NerGazetteer.bundled(), lexicon, WordClusters.EMPTY)
        .singles(words("التقى بشار الأسد وزارة الخارجية الروسية"));
    assertTrue(f.get(1).contains("known=B-PERS"), f.get(1).toString());
    assertTrue(f.get(2).contains("known=I-PERS"), f.get(2).toString());
    assertTrue(f.get(5).contains("known=I-ORG"), f.get(5).toString());
    assertTrue(f.get(0).stream().noneMatch(x -> x.startsWith("known=")), f.get(0).toString());
  }
}
