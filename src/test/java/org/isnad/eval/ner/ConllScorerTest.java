package org.isnad.eval.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.Training;
import org.isnad.Training.Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CoNLL entity-level counting, checked by hand. */
class ConllScorerTest {
  @Test
  void onlyExactSpanAndTypeCount() {
    ConllScorer scorer = new ConllScorer();
    List<Name> gold = List.of(new Name(0, 2, "PERS"), new Name(4, 5, "LOC"), new Name(6, 8, "ORG"));
    List<Name> predicted = List.of(new Name(0, 2, "PERS"), new Name(4, 5, "ORG"),
        new Name(6, 7, "ORG"));  // wrong type; partial span
    scorer.add(gold, predicted);
    NerScores s = scorer.scores();
    assertArrayEquals(new int[] {1, 1, 1}, s.byType().get("PERS"));
    assertArrayEquals(new int[] {0, 2, 1}, s.byType().get("ORG"));
    assertArrayEquals(new int[] {1, 3, 3}, s.micro());
    assertEquals(1 / 3.0, NerScores.f1(s.micro()), 1e-9);
  }

  @Test
  void bioSequencesBecomeNamesAndAStrayInsideStartsOne() {
    assertEquals(List.of(new Name(0, 2, "PERS"), new Name(3, 4, "LOC"), new Name(4, 5, "LOC")),
        ConllScorer.names(List.of("B-PERS", "I-PERS", "O", "I-LOC", "B-LOC")));
  }

  @Test
  void sentencesEndAtBlankLinesAndAfterFullStops(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.txt");
    Files.writeString(file, "قال O\nبوتين B-PERS\n. O\n. O\nوصل O\n\nإلى O\nموسكو B-LOC\n");
    Training.NameData sentences = Training.nameData(file);
    assertEquals(3, sentences.size());
    assertEquals(List.of("قال", "بوتين", ".", "."), sentences.words().get(0));
  }
}
