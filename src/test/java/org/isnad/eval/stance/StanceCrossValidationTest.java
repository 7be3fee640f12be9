package org.isnad.eval.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.isnad.check.Rationale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad eval stance} on a tiny synthetic gold written by the test. */
class StanceCrossValidationTest {
  @Test
  void theCrossValidationPrintsItsScores(@TempDir Path dir) throws IOException {
    List<StanceGold.Claim> claims = StanceGold.read(SyntheticGold.write(dir), 2);
    assertEquals(4, claims.size());
    StanceCrossValidation validation = new StanceCrossValidation(1);
    StringWriter out = new StringWriter();
    validation.run(validation.read(claims), new PrintWriter(out));
    assertEquals(EXPECTED, out.toString().replace("\r\n", "\n"), out.toString());
  }

  /** 23 of 24 right: C4's football article, labelled discuss, is judged unrelated. */
  private static final String EXPECTED = """
      isnad eval stance: 4 claims, 24 pairs, folds [1, 2] by claim (each judged by a model \
      trained on the others)
      accuracy 0.958  macro-F1 0.956
                 precision  recall      F1   gold predicted
      agree          1.000   1.000   1.000      8         8
      disagree       1.000   1.000   1.000      4         4
      discuss        1.000   0.800   0.889      5         4
      unrelated      0.875   1.000   0.933      7         8
      confusion (rows gold, columns predicted):
                     agree  disagree   discuss unrelated
      agree              8         0         0         0
      disagree           0         4         0         0
      discuss            0         0         4         1
      unrelated          0         0         0         7
      rationale hit rate: 12/12 = 1.000 (agree 8/8, disagree 4/4)
      disagree threshold, discuss factor (tuned inside the training folds): fold 1: 0.20 and \
      x0.67; fold 2: 0.20 and x0.67
      """;

  @Test
  void aRationaleHitsWhenItOverlapsAGoldLine() {
    String text = "سطر أول\nسطر ثان\nسطر ثالث";
    Rationale second = new Rationale(8, 15, "سطر ثان", 1);
    assertTrue(StanceCrossValidation.hit(text, List.of(1), List.of(second)));
    assertFalse(StanceCrossValidation.hit(text, List.of(0, 2), List.of(second)));
    assertFalse(StanceCrossValidation.hit(text, List.of(1), List.of()));
  }

  @Test
  void rationaleStringsAreLineIndexes() {
    assertEquals(List.of(2, 5), StanceGold.lines("[2, 5]"));
    assertEquals(List.of(), StanceGold.lines(""));
  }

  @Test
  void aFolderWithoutFoldsIsACallerMistake(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceGold.read(dir, 3));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
