package org.isnad.eval.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The span name gold: read back from a baly-like folder and scored on exact span and type. */
class NameEvaluationTest {
  private static final Path BALY = Paths.get("src/test/resources/baly");
  // «قصفت طائرات مجهولة مخزنا قرب القرية مساء الاثنين.»: «القرية» is at 29-35.
  private static final String GOLD = "# gold pointing into baly2018\n"
      + "S\tn1\tX-1.json\t1\t20\t69\t32e29ab8\texample.org\n"
      + "N\tn1\t29\t35\tLOC\n";

  @Test
  void exactSpanAndTypeCountRolesAreLeftOutOutletsAreOrganisations(@TempDir Path dir)
      throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.tsv"), GOLD, StandardCharsets.UTF_8);
    NameEvaluation evaluation = NameEvaluation.load(gold, BALY);
    assertEquals("قصفت طائرات مجهولة مخزنا قرب القرية مساء الاثنين.",
        evaluation.texts().get("n1"));
    NerScores scores = evaluation.score(article -> List.of(
        mention(article.id(), 29, 35, EntityType.PLACE),
        mention(article.id(), 5, 11, EntityType.OUTLET),
        mention(article.id(), 0, 4, EntityType.ROLE)));
    assertArrayEquals(new int[] {1, 1, 1}, scores.byType().get("LOC"));
    assertArrayEquals(new int[] {0, 1, 0}, scores.byType().get("ORG"));
    assertEquals(null, scores.byType().get("ROLE"));
  }

  @Test
  void aNameOfTheWrongTypeIsBothAMissAndAFalseAlarm(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.tsv"), GOLD, StandardCharsets.UTF_8);
    NerScores scores = NameEvaluation.load(gold, BALY)
        .score(article -> List.of(mention(article.id(), 29, 35, EntityType.ORG)));
    assertArrayEquals(new int[] {0, 0, 1}, scores.byType().get("LOC"));
    assertArrayEquals(new int[] {0, 1, 0}, scores.byType().get("ORG"));
  }

  @Test
  void errorsListMissesSpuriousAndDifferingNamesWithTheirText(@TempDir Path dir)
      throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.tsv"), GOLD + "N\tn1\t0\t4\tPERS\n",
        StandardCharsets.UTF_8);
    NameEvaluation.NameResult result = NameEvaluation.load(gold, BALY).run(article -> List.of(
        mention(article.id(), 29, 35, EntityType.ORG),
        mention(article.id(), 36, 40, EntityType.PERSON)));
    assertEquals(List.of("differs  n1  LOC «القرية» 29-35  ≠  ORG «القرية» 29-35",
        "missed   n1  PERS «قصفت» 0-4",
        "spurious n1  PERS «مساء» 36-40"), result.errors());
    assertArrayEquals(new int[] {0, 1, 0}, result.scores().byType().get("ORG"));
  }

  @Test
  void aMalformedRowNamesItsLine(@TempDir Path dir) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.tsv"), GOLD + "N\tn1\t1\t2\tPERSON\n",
        StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NameGold.read(gold));
    assertEquals(true, e.getMessage().contains("gold.tsv:4"), e.getMessage());
  }

  private static EntityMention mention(String article, int start, int end, EntityType type) {
    return new EntityMention(article, start, end, "x", type, null);
  }
}
